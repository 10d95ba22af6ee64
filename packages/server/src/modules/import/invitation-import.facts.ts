// Everything an invitations file is checked and planned against, loaded in sets: the trust's
// schools, products, roles, cohorts and subscriptions whole (a trust has hundreds of each at
// most), then the invitations, roster people and accounts the rows name, in chunked IN lists.
import { InvitationState, normaliseEmail, normaliseUrn } from "@lanyard/shared";
import type { DataSource } from "typeorm";
import { chunks } from "../../db/bulk.js";
import { placeholders, selectRows, sqlDate } from "../../db/raw.js";
import type { Actor } from "../auth/actor.js";
import { invitationPolicy } from "../invitation/invitation.policy.js";
import { openItemKey, RequestKeys } from "../invitation/keys.js";
import { Cohort } from "../product/cohort.entity.js";
import { ProductRole } from "../product/product-role.entity.js";
import { Product } from "../product/product.entity.js";
import { School } from "../school/school.entity.js";
import { Subscription, isActive } from "../subscription/subscription.entity.js";
import { Trust } from "../trust/trust.entity.js";
import type { Sheet } from "./import-sheet.js";

/** An invitation item as a row of the file may match it (rule 12). */
export interface ExistingItem {
  itemId: string;
  invitationId: string;
  email: string;
  state: InvitationState;
  productId: string;
  schoolId: string | null;
  roleId: string;
  cohortId: string | null;
  firstName: string | null;
  lastName: string | null;
  expiresAt: Date;
}

export interface RosterPerson {
  id: string;
  schoolId: string;
  misId: string;
  email: string;
  firstName: string;
  lastName: string;
}

export interface InvitationFacts {
  trust: Trust;
  schoolsByUrn: Map<string, School>;
  productsByCode: Map<string, Product>;
  rolesByProduct: Map<string, ProductRole[]>;
  cohortsByProduct: Map<string, Cohort[]>;
  /** "product|school" of every active subscription ("product|" for the trust's own). */
  subscribed: Set<string>;
  /** Items of the invitations the file names by invitation_id, visible to the caller, by invitation. */
  itemsByInvitation: Map<string, ExistingItem[]>;
  /** Open items by `placeKey` (rule 4: one per person, product and school). */
  openItems: Map<string, ExistingItem>;
  /** Roster people by email, oldest first (one person may be on several schools' rosters). */
  rosterByEmail: Map<string, RosterPerson[]>;
  rosterByMisId: Map<string, RosterPerson>;
  keys: RequestKeys;
}

/** A person's place in a product, as a key of `openItems`: the open item key's parts, unhashed. */
export const placeKey = (email: string, productId: string, schoolId: string | null) => `${email}|${productId}|${schoolId ?? ""}`;

export const misKey = (schoolId: string, misId: string) => `${schoolId}\u0000${misId}`;

const ITEM_COLUMNS = `it.id AS item_id, it.invitation_id, inv.email, inv.state, it.product_id, it.school_id, it.role_id, it.cohort_id, inv.first_name, inv.last_name, inv.expires_at`;
interface ItemRow {
  item_id: string;
  invitation_id: string;
  email: string;
  state: InvitationState;
  product_id: string;
  school_id: string | null;
  role_id: string;
  cohort_id: string | null;
  first_name: string | null;
  last_name: string | null;
  expires_at: Date | string;
}
const toItem = (r: ItemRow): ExistingItem => ({
  itemId: r.item_id,
  invitationId: r.invitation_id,
  email: r.email,
  state: r.state,
  productId: r.product_id,
  schoolId: r.school_id,
  roleId: r.role_id,
  cohortId: r.cohort_id,
  firstName: r.first_name,
  lastName: r.last_name,
  expiresAt: sqlDate(r.expires_at)!,
});

export async function loadInvitationFacts(db: DataSource, actor: Actor, sheet: Sheet, now: Date): Promise<InvitationFacts> {
  const trustId = actor.trustId;
  const emails = new Set<string>();
  const invitationIds = new Set<string>();
  const misIds = new Set<string>();
  for (let i = 0; i < sheet.rows.length; i++) {
    const email = sheet.cell(i, "email");
    if (email) emails.add(normaliseEmail(email));
    const invitationId = sheet.cell(i, "invitation_id");
    if (invitationId) invitationIds.add(invitationId);
    const misId = sheet.cell(i, "external_id");
    if (misId) misIds.add(misId);
  }
  const visible = invitationPolicy.visible(actor);
  const [trust, schools, products, subscriptions, invitationItems, rosterByEmailRows, rosterByMisRows] = await Promise.all([
    db.getRepository(Trust).findOneByOrFail({ id: trustId }),
    db.getRepository(School).findBy({ trustId }),
    db.getRepository(Product).findBy({ trustId }),
    db.getRepository(Subscription).findBy({ trustId }),
    Promise.all(
      chunks([...invitationIds]).map((ids) =>
        selectRows<ItemRow>(
          db,
          `SELECT ${ITEM_COLUMNS} FROM \`invitation\` inv JOIN \`invitation_item\` it ON it.invitation_id = inv.id AND it.trust_id = inv.trust_id
           WHERE inv.id IN (${placeholders(ids.length)}) AND ${visible.sql}`,
          [...ids, ...visible.params],
        ),
      ),
    ).then((lists) => lists.flat()),
    Promise.all(
      chunks([...emails]).map((list) =>
        selectRows<RosterRow>(db, `SELECT ${ROSTER_COLUMNS} FROM \`staff\` WHERE trust_id = ? AND email IN (${placeholders(list.length)}) ORDER BY created_at, id`, [trustId, ...list]),
      ),
    ).then((lists) => lists.flat()),
    Promise.all(
      chunks([...misIds]).map((list) =>
        selectRows<RosterRow>(db, `SELECT ${ROSTER_COLUMNS} FROM \`staff\` WHERE trust_id = ? AND mis_id IN (${placeholders(list.length)})`, [trustId, ...list]),
      ),
    ).then((lists) => lists.flat()),
  ]);
  const productIds = products.map((p) => p.id);
  const [roles, cohorts] = productIds.length
    ? await Promise.all([
        db.getRepository(ProductRole).createQueryBuilder("r").where("r.product_id IN (:...productIds)", { productIds }).getMany(),
        db.getRepository(Cohort).createQueryBuilder("c").where("c.product_id IN (:...productIds)", { productIds }).getMany(),
      ])
    : [[], []];

  // The open items the rows would be (rule 4's keys), to match a row without invitation_id to what is there already.
  const schoolsByUrn = new Map(schools.map((s) => [normaliseUrn(s.urn), s]));
  const productsByCode = new Map(products.map((p) => [p.code.toLowerCase(), p]));
  const wanted = new Set<string>();
  for (let i = 0; i < sheet.rows.length; i++) {
    const product = productsByCode.get(sheet.cell(i, "product_code").toLowerCase());
    const email = sheet.cell(i, "email");
    if (!product || !email) continue;
    const urn = sheet.cell(i, "school_urn");
    const school = urn ? schoolsByUrn.get(normaliseUrn(urn)) : undefined;
    // Hashed once here, uncached: the rows only look items up by their parts (placeKey).
    wanted.add(openItemKey(trustId, normaliseEmail(email), product.id, school?.id ?? null));
  }
  const openRows = (
    await Promise.all(
      chunks([...wanted], 10_000).map((list) =>
        selectRows<ItemRow & { open_key: string }>(
          db,
          `SELECT ${ITEM_COLUMNS}, it.open_key FROM \`invitation_item\` it JOIN \`invitation\` inv ON inv.id = it.invitation_id AND inv.trust_id = it.trust_id
           WHERE it.open_key IN (${placeholders(list.length)})`,
          list,
        ),
      ),
    )
  ).flat();

  const group = <T, K>(list: T[], key: (t: T) => K) => {
    const map = new Map<K, T[]>();
    for (const t of list) {
      const k = key(t);
      const at = map.get(k);
      if (at) at.push(t);
      else map.set(k, [t]);
    }
    return map;
  };
  return {
    trust,
    schoolsByUrn,
    productsByCode,
    rolesByProduct: group(roles, (r) => r.productId),
    cohortsByProduct: group(cohorts, (c) => c.productId),
    subscribed: new Set(subscriptions.filter((s) => isActive(s, now)).map((s) => `${s.productId}|${s.schoolId ?? ""}`)),
    itemsByInvitation: group(invitationItems.map(toItem), (i) => i.invitationId),
    openItems: new Map(openRows.map((r) => [placeKey(r.email, r.product_id, r.school_id), toItem(r)])),
    rosterByEmail: group(rosterByEmailRows.map(toRoster), (r) => normaliseEmail(r.email)),
    rosterByMisId: new Map(rosterByMisRows.map(toRoster).map((r) => [misKey(r.schoolId, r.misId), r])),
    // The keys the commit writes (InviteService), made once each there.
    keys: new RequestKeys(trustId),
  };
}

const ROSTER_COLUMNS = "id, school_id, mis_id, email, first_name, last_name";
interface RosterRow {
  id: string;
  school_id: string;
  mis_id: string;
  email: string;
  first_name: string;
  last_name: string;
}
const toRoster = (r: RosterRow): RosterPerson => ({ id: r.id, schoolId: r.school_id, misId: r.mis_id, email: r.email, firstName: r.first_name, lastName: r.last_name });
