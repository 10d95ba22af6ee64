import { setTimeout as sleep } from "node:timers/promises";
import { In, type DataSource, type EntityManager } from "typeorm";
import { emailSchema, InvitationState, normaliseEmail, ProductLevel } from "@lanyard/shared";
import { chunks, insertRows, isWriteConflict } from "../../db/bulk.js";
import { newId } from "../../db/id.js";
import { placeholders, selectRows } from "../../db/raw.js";
import { userError, type UserError } from "../../graphql/user-error.js";
import { Access } from "../access/access.entity.js";
import { recordAudits } from "../audit/audit.service.js";
import type { Actor } from "../auth/actor.js";
import { hashToken, newToken } from "../auth/tokens.js";
import { EmailMessage } from "../email/email-message.entity.js";
import { Cohort } from "../product/cohort.entity.js";
import { ProductRole } from "../product/product-role.entity.js";
import { Product } from "../product/product.entity.js";
import { School } from "../school/school.entity.js";
import { Staff } from "../staff/staff.entity.js";
import { staffPolicy } from "../staff/staff.policy.js";
import { Subscription, isActive } from "../subscription/subscription.entity.js";
import { Trust } from "../trust/trust.entity.js";
import { recordHistory, scheduledStep, type HistoryEntry } from "./invitation-history.js";
import { InvitationItem } from "./invitation-item.entity.js";
import { tallyAdded } from "./invitation-tally.js";
import { Invitation } from "./invitation.entity.js";
import { invitationPolicy } from "./invitation.policy.js";
import type { InvitationEmail, InvitationMailer } from "./invitation.mailer.js";
import type { InviteStaffInput, InviteStaffPayload, InviteLink, SkippedItem } from "./invitation.types.js";
import { RequestKeys } from "./keys.js";
import { planInvitations, type InvitePlan, type PlanPerson, type PlanProduct } from "./invite.plan.js";

/** People in one request: enough for a whole trust's intake, small enough for one transaction. */
export const MAX_PEOPLE = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;
const WRITE_ATTEMPTS = 6;

export interface Names {
  trust: Trust;
  products: Map<string, Product>;
  roles: Map<string, ProductRole>;
  schools: Map<string, School>;
}

/** inviteStaff: people × products × schools in sets, never a query per person (STYLE.md). */
export class InviteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: InvitationMailer,
  ) {}

  async invite(actor: Actor, input: InviteStaffInput, now = new Date()): Promise<InviteStaffPayload> {
    const errors = validate(input, now);
    if (errors.length) return emptyPayload(errors);

    // Rule 4 is held by unique keys in the database: when a concurrent request wins a race,
    // this one is refused as a whole and planned again, now seeing the other's rows.
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.load(actor, input, now);
      if (loaded.errors) return emptyPayload(loaded.errors);
      const { plan, names, keys, expiresAt, sendAt, unknownPeople, products } = loaded;
      // Staff ids outside the caller's scope: NOT_ALLOWED, without revealing whose they are.
      const skipped: SkippedItem[] = [
        ...unknownPeople.flatMap(() => products.map((p) => ({ email: "", productId: p.productId, schoolId: null, reason: "NOT_ALLOWED" }))),
        ...plan.skipped,
      ];
      const summary = {
        invitations: plan.invitations.length,
        items: plan.invitations.reduce((n, i) => n + i.items.length, 0),
        newPeople: plan.invitations.filter((i) => !i.person.member).length,
        existingUsers: plan.invitations.filter((i) => i.person.member).length,
        skipped: skipped.length,
      };
      if (input.dryRun || plan.invitations.length === 0) {
        return { invitations: [], summary, links: [], skipped, errors: [] };
      }
      try {
        const written = await this.write(actor, plan, names, keys, { expiresAt, sendAt, now });
        const links = input.returnLinks ? written.links : [];
        return { invitations: written.invitations, summary, links, skipped, errors: [] };
      } catch (error) {
        if (!isWriteConflict(error) || attempt >= WRITE_ATTEMPTS) throw error;
        await sleep(Math.random() * 20 * attempt);
      }
    }
  }

  /** Every fact the plan needs, in a fixed handful of queries whatever the number of people. */
  private async load(actor: Actor, input: InviteStaffInput, now: Date) {
    const trustId = actor.trustId;
    const db = this.dataSource;
    const productIds = [...new Set(input.items.map((i) => i.productId))];
    const schoolIds = [...new Set(input.items.flatMap((i) => i.schoolIds ?? []))];
    const cohortIds = [...new Set(input.items.map((i) => i.cohortId).filter((c): c is string => !!c))];
    const staffIds = [...new Set(input.staffIds ?? [])];
    const emails = [...new Set((input.emails ?? []).map(normaliseEmail))];

    // Independent reads go out together, each on a connection of its own: their round trips
    // overlap, and the database answers them on both cores.
    const rosters = staffPolicy.visibleSchools(actor);
    const scopedToSchool = rosters ? { schoolId: In(rosters) } : {};
    const [trust, products, allRoles, cohorts, schools, subscriptions, staff, rosterByEmail] = await Promise.all([
      db.getRepository(Trust).findOneByOrFail({ id: trustId }),
      db.getRepository(Product).findBy({ trustId, id: In(productIds) }),
      // Only the trust's products' roles are used: the products' own query vouches for them.
      productIds.length ? db.getRepository(ProductRole).findBy({ productId: In(productIds), code: input.roleCode.trim() }) : [],
      cohortIds.length ? db.getRepository(Cohort).findBy({ id: In(cohortIds), productId: In(productIds) }) : [],
      schoolIds.length ? db.getRepository(School).findBy({ trustId, id: In(schoolIds) }) : [],
      productIds.length ? db.getRepository(Subscription).findBy({ trustId, productId: In(productIds) }) : [],
      Promise.all(chunks(staffIds).map((ids) => db.getRepository(Staff).findBy({ trustId, id: In(ids) }))).then((lists) => lists.flat()),
      // People by email who are on a roster in scope are that staff member (names, school).
      Promise.all(
        chunks(emails).map((list) => db.getRepository(Staff).find({ where: { trustId, email: In(list), ...scopedToSchool }, order: { createdAt: "ASC" } })),
      ).then((lists) => lists.flat()),
    ]);
    const roles = allRoles.filter((r) => products.some((p) => p.id === r.productId));

    const errors: UserError[] = [];
    input.items.forEach((item, i) => {
      const product = products.find((p) => p.id === item.productId);
      if (item.cohortId && product && !cohorts.some((c) => c.id === item.cohortId && c.productId === product.id)) {
        errors.push(userError("UNKNOWN_COHORT", `That cohort isn't one of ${product.name}'s cohorts: choose one from the product's cohorts, or none.`, ["items", String(i), "cohortId"]));
      }
      if (product?.level === ProductLevel.SCHOOL && !(item.schoolIds ?? []).length) {
        errors.push(userError("SCHOOLS_REQUIRED", `${product.name} is given school by school: choose at least one school in schoolIds.`, ["items", String(i), "schoolIds"]));
      }
      if (product?.level === ProductLevel.TRUST && (item.schoolIds ?? []).length) {
        errors.push(userError("TRUST_LEVEL_PRODUCT", `${product.name} is a trust-wide product: leave schoolIds empty.`, ["items", String(i), "schoolIds"]));
      }
    });
    if (errors.length) return { errors } as const;

    const visibleStaff = staff.filter((s) => staffPolicy.read(actor, s.schoolId));
    const unknownPeople = staffIds.filter((id) => !visibleStaff.some((s) => s.id === id));
    const people = new Map<string, PlanPerson>();
    for (const s of [...visibleStaff, ...rosterByEmail]) {
      const email = normaliseEmail(s.email);
      if (!people.has(email)) {
        people.set(email, { email, firstName: s.firstName, lastName: s.lastName, staffId: s.id, rosterSchoolId: s.schoolId, userId: null, member: false });
      }
    }
    for (const email of emails) {
      if (!people.has(email)) people.set(email, { email, firstName: null, lastName: null, staffId: null, rosterSchoolId: null, userId: null, member: false });
    }
    const allEmails = [...people.keys()];

    const planProducts: PlanProduct[] = productIds.map((productId) => {
      const product = products.find((p) => p.id === productId);
      const asked = input.items.filter((i) => i.productId === productId);
      return {
        productId,
        level: product?.level ?? null,
        acceptance: product?.acceptance ?? "REQUIRE_ACCEPTANCE",
        roleId: roles.find((r) => r.productId === productId)?.id ?? null,
        schoolIds: [...new Set(asked.flatMap((i) => i.schoolIds ?? []))],
        cohortId: asked.find((i) => i.cohortId)?.cohortId ?? null,
      };
    });
    // The (product, school) pairs the plan can ask about: a trust-level product's one, a school-level product's schools.
    const places = planProducts.flatMap((p): { productId: string; schoolId: string | null }[] =>
      p.level === ProductLevel.TRUST ? [{ productId: p.productId, schoolId: null }] : p.level ? p.schoolIds.map((schoolId) => ({ productId: p.productId, schoolId })) : [],
    );

    // Accounts (and whether each is an existing user of this trust, rule 5), then what the
    // members already hold of these products; beside them, the open items already there, by
    // the unique key of each: an index lookup whatever the table's statistics.
    const keys = new RequestKeys(trustId);
    const [held, openKeys] = await Promise.all([
      this.accounts(trustId, people).then((memberIds) => this.heldAccesses(trustId, memberIds, productIds)),
      this.existingOpenKeys(allEmails.flatMap((email) => places.map((at) => keys.openItem(email, at.productId, at.schoolId)))),
    ]);

    const activeSubscriptions = new Set(subscriptions.filter((s) => isActive(s, now)).map((s) => `${s.productId}|${s.schoolId ?? ""}`));
    const plan: InvitePlan = planInvitations([...people.values()], planProducts, {
      mayInvite: (person, schoolId) => invitationPolicy.invite(actor, person, schoolId),
      schoolInTrust: (id) => schools.some((s) => s.id === id),
      subscribed: (productId, schoolId) => activeSubscriptions.has(`${productId}|${schoolId ?? ""}`),
      hasAccess: (userId, productId, schoolId) => held.has(`${userId}|${productId}|${schoolId ?? ""}`),
      isInvited: (email, productId, schoolId) => openKeys.has(keys.openItem(email, productId, schoolId)),
    });

    const sendAt = input.sendAt && input.sendAt > now ? input.sendAt : now;
    const expiresAt = input.expiresAt ?? new Date(Math.max(now.getTime(), sendAt.getTime()) + trust.defaultInviteExpiryDays * DAY_MS);
    const names: Names = {
      trust,
      products: new Map(products.map((p) => [p.id, p])),
      roles: new Map(roles.map((r) => [r.id, r])),
      schools: new Map(schools.map((s) => [s.id, s])),
    };
    return { errors: null, plan, names, keys, expiresAt, sendAt, unknownPeople, products: planProducts };
  }

  /**
   * Fills in each person's account and membership of the trust; answers the members' user ids:
   * only a member holds an active access here, so only theirs are worth looking up.
   */
  async accounts(trustId: string, people: Map<string, PlanPerson>): Promise<string[]> {
    const lists = await Promise.all(
      chunks([...people.keys()]).map((list) =>
        selectRows<{ id: string; email: string; member: number | string }>(
          this.dataSource,
          `SELECT u.id, u.email, EXISTS (SELECT 1 FROM \`access\` a WHERE a.user_id = u.id AND a.trust_id = ? AND a.revoked_at IS NULL) AS member
           FROM \`user\` u WHERE u.email IN (${placeholders(list.length)})`,
          [trustId, ...list],
        ),
      ),
    );
    for (const user of lists.flat()) {
      const person = people.get(user.email)!;
      person.userId = user.id;
      person.member = Number(user.member) === 1;
    }
    return [...people.values()].flatMap((p) => (p.userId && p.member ? [p.userId] : []));
  }

  /**
   * The active accesses these members hold to these products, as "user|product|school": one
   * index range (access: user_id, product_id) a member and product, rather than a key lookup
   * for every school a request names.
   */
  async heldAccesses(trustId: string, memberIds: string[], productIds: string[]): Promise<Set<string>> {
    const held = new Set<string>();
    if (productIds.length === 0) return held;
    const lists = await Promise.all(
      chunks(memberIds).map((list) =>
        selectRows<{ user_id: string; product_id: string; school_id: string | null }>(
          this.dataSource,
          `SELECT user_id, product_id, school_id FROM \`access\`
           WHERE user_id IN (${placeholders(list.length)}) AND product_id IN (${placeholders(productIds.length)}) AND trust_id = ? AND revoked_at IS NULL`,
          [...list, ...productIds, trustId],
        ),
      ),
    );
    for (const row of lists.flat()) held.add(`${row.user_id}|${row.product_id}|${row.school_id ?? ""}`);
    return held;
  }

  /** Which of these open item keys (rule 4) are already held. */
  async existingOpenKeys(wanted: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const list of chunks(wanted, 10_000)) {
      const rows = await selectRows<{ open_key: string }>(this.dataSource, `SELECT open_key FROM \`invitation_item\` WHERE open_key IN (${placeholders(list.length)})`, list);
      for (const row of rows) found.add(row.open_key);
    }
    return found;
  }

  /** One transaction: invitations, items, accesses granted at once, history, audit and the emails (the outbox). */
  private async write(actor: Actor, plan: InvitePlan, names: Names, keys: RequestKeys, when: { expiresAt: Date; sendAt: Date; now: Date }) {
    return this.dataSource.transaction((manager) => this.writeIn(manager, actor, plan, names, keys, when));
  }

  /**
   * The write of a plan inside the caller's transaction: inviteStaff's own, or an import's
   * commit (modules/import), so both create invitations the one way. An invitation planned
   * with its own `expiresAt` (a CSV row's) keeps it; the others get `when.expiresAt`.
   */
  async writeIn(manager: EntityManager, actor: Actor, plan: InvitePlan, names: Names, keys: RequestKeys, when: { expiresAt: Date; sendAt: Date; now: Date }) {
    const { now, sendAt } = when;
    const trustId = actor.trustId;
    const scheduled = sendAt > now;
    const invitations: Invitation[] = [];
    const items: InvitationItem[] = [];
    const accesses: Access[] = [];
    const history: HistoryEntry[] = [];
    const granted: HistoryEntry[] = [];
    const emails: InvitationEmail[] = [];
    const links: InviteLink[] = [];

    for (const planned of plan.invitations) {
      const { person } = planned;
      const expiresAt = planned.expiresAt ?? when.expiresAt;
      const id = newId(now.getTime());
      const allGranted = planned.items.every((i) => i.grantNow);
      const token = allGranted ? null : newToken();
      const state = allGranted ? InvitationState.ACCEPTED : scheduled ? InvitationState.SCHEDULED : InvitationState.PENDING;
      invitations.push({
        id,
        trustId,
        email: person.email,
        firstName: person.firstName,
        lastName: person.lastName,
        staffId: person.staffId,
        schoolId: planned.schoolId,
        state,
        existingUser: person.member,
        tokenHash: token ? hashToken(token) : null,
        createdAt: now,
        sendAt,
        sentAt: null,
        expiresAt,
        respondedAt: allGranted ? now : null,
        delivery: "QUEUED",
        lastError: null,
        awaitingApproval: false,
        invitedBy: actor.label,
      });
      for (const item of planned.items) {
        const itemId = newId(now.getTime());
        items.push({
          id: itemId,
          trustId,
          invitationId: id,
          productId: item.productId,
          roleId: item.roleId,
          schoolId: item.schoolId,
          cohortId: item.cohortId,
          openKey: item.grantNow ? null : keys.openItem(person.email, item.productId, item.schoolId),
        });
        if (item.grantNow) {
          accesses.push({
            id: newId(now.getTime()),
            trustId,
            userId: person.userId!,
            productId: item.productId,
            roleId: item.roleId,
            schoolId: item.schoolId,
            cohortId: item.cohortId,
            grantedAt: now,
            revokedAt: null,
            revokedBy: null,
            invitationItemId: itemId,
            activeKey: keys.activeAccess(person.userId!, item.productId, item.schoolId),
          });
        }
      }
      history.push(scheduled ? scheduledStep(id, sendAt) : { invitationId: id, kind: "CREATED" });
      const grants = planned.items.filter((i) => i.grantNow);
      if (grants.length) {
        granted.push({ invitationId: id, kind: allGranted ? "ACCEPTED" : "GRANTED", detail: `access granted at once to ${describe(grants, names)} (an existing user of the trust)` });
      }
      emails.push({
        kind: allGranted ? "access-granted" : "invitation",
        trustId,
        trustName: names.trust.name,
        invitationId: id,
        toEmail: person.email,
        toName: [person.firstName, person.lastName].filter(Boolean).join(" ") || null,
        inviter: actor.label,
        items: planned.items.map((i) => ({
          productName: names.products.get(i.productId)!.name,
          roleName: names.roles.get(i.roleId)!.name,
          schoolName: i.schoolId ? names.schools.get(i.schoolId)!.name : null,
        })),
        token,
        expiresAt,
        sendAt,
      });
      if (token && !person.member) links.push({ invitationId: id, email: person.email, url: this.mailer.acceptUrl(token) });
    }

    // The database writes the invitations and their items while this process composes the
    // emails: the two take turns on different cores, and the transaction grows no longer.
    const granting = (async () => {
      await insertRows(manager, Invitation, invitations);
      await insertRows(manager, InvitationItem, items);
      if (accesses.length) await insertRows(manager, Access, accesses);
    })();
    granting.catch(() => undefined); // awaited below; a refusal (rule 4's keys) surfaces there
    let messages: EmailMessage[];
    try {
      await new Promise((sent) => setImmediate(sent)); // the first INSERT reaches the database first
      messages = await this.mailer.compose(emails, now);
    } finally {
      // Nothing is left running on the transaction's connection, whatever happened.
      await granting.catch(() => undefined);
    }
    await granting;
    await recordHistory(manager, trustId, actor.label, history, now);
    if (granted.length) await recordHistory(manager, trustId, actor.label, granted, new Date(now.getTime() + 1));
    await insertRows(manager, EmailMessage, messages);
    await recordAudits(
      manager,
      actor,
      trustId,
      invitations.map((i) => ({ action: "INVITATION_CREATED", subjectType: "Invitation", subjectId: i.id, detail: { email: i.email, state: i.state } })),
      now,
    );
    // Last: the tally rows stay locked until the commit, so the shorter the better.
    await tallyAdded(manager, invitations, items);
    return { invitations, links };
  }
}

function describe(items: { productId: string; schoolId: string | null }[], names: Names) {
  return items
    .map((i) => `${names.products.get(i.productId)?.name ?? "a product"}${i.schoolId ? ` at ${names.schools.get(i.schoolId)?.name ?? "a school"}` : ""}`)
    .join(", ");
}

function emptyPayload(errors: UserError[]): InviteStaffPayload {
  return { invitations: [], summary: { invitations: 0, items: 0, newPeople: 0, existingUsers: 0, skipped: 0 }, links: [], skipped: [], errors };
}

/** Problems with the request itself, each with where it is and how to fix it. */
function validate(input: InviteStaffInput, now: Date): UserError[] {
  const errors: UserError[] = [];
  const people = (input.staffIds?.length ?? 0) + (input.emails?.length ?? 0);
  if (people === 0) errors.push(userError("PEOPLE_REQUIRED", "Choose at least one person: roster staff in staffIds, or addresses in emails.", ["staffIds"]));
  if (people > MAX_PEOPLE) errors.push(userError("TOO_MANY_PEOPLE", `Invite at most ${MAX_PEOPLE} people at once: split the list into smaller requests.`, ["staffIds"]));
  (input.emails ?? []).forEach((email, i) => {
    if (!emailSchema.safeParse(email).success) {
      errors.push(userError("INVALID_EMAIL", `"${email.slice(0, 100)}" is not an email address: check it for typos.`, ["emails", String(i)]));
    }
  });
  if (input.items.length === 0) errors.push(userError("ITEMS_REQUIRED", "Choose at least one product to invite people to.", ["items"]));
  if (!input.roleCode.trim()) errors.push(userError("ROLE_REQUIRED", "Choose a role: every product gets the same role code.", ["roleCode"]));
  if (input.expiresAt && input.expiresAt <= now) {
    errors.push(userError("EXPIRY_IN_PAST", "The expiry must be in the future: pick a later date, or leave it empty for the trust's default.", ["expiresAt"]));
  }
  if (input.expiresAt && input.sendAt && input.expiresAt <= input.sendAt) {
    errors.push(userError("EXPIRY_BEFORE_SEND", "The invitation would expire before it is sent: pick an expiry after the send time.", ["expiresAt"]));
  }
  return errors;
}
