// The complete list of invitations as CSV (rule 12): the import format plus invitation_id and
// state, one line per item, so the file can be edited and imported again. Read in keyset pages
// (by invitation id) and written as each page comes, so a trust's million invitations never sit
// in memory at once.
import { INVITATION_CSV_COLUMNS, INVITATION_EXPORT_EXTRA_COLUMNS } from "@lanyard/shared";
import type { DataSource } from "typeorm";
import { placeholders, selectRows, sqlDate } from "../../db/raw.js";
import type { Actor } from "../auth/actor.js";
import { csvLine } from "../csv/csv-writer.js";
import { invitationWhere } from "../invitation/invitation.filter.js";
import { invitationPolicy } from "../invitation/invitation.policy.js";
import type { InvitationFilter } from "../invitation/invitation.types.js";

export const EXPORT_PAGE_SIZE = 5_000;

interface InvitationRow {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  state: string;
  expires_at: Date | string;
  external_id: string | null;
}

interface ItemRow {
  invitation_id: string;
  school_urn: string | null;
  product_code: string;
  role_code: string;
  cohort_code: string | null;
}

/**
 * The CSV, line by line in pages. A school admin's file holds the items they manage (at their
 * school): the rows they could import again; the list shows them the others as the trust's.
 */
export async function* invitationExport(dataSource: DataSource, actor: Actor, filter: InvitationFilter, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<string> {
  yield csvLine([...INVITATION_CSV_COLUMNS, ...INVITATION_EXPORT_EXTRA_COLUMNS]);
  const where = invitationWhere(actor, filter);
  let after: string | null = null;
  for (;;) {
    const invitations: InvitationRow[] = await selectRows<InvitationRow>(
      dataSource,
      `SELECT inv.id, inv.email, inv.first_name, inv.last_name, inv.state, inv.expires_at, st.mis_id AS external_id
       FROM \`invitation\` inv LEFT JOIN \`staff\` st ON st.id = inv.staff_id AND st.trust_id = inv.trust_id
       WHERE ${where.sql}${after === null ? "" : " AND inv.id > ?"} ORDER BY inv.id LIMIT ${pageSize}`,
      after === null ? where.params : [...where.params, after],
    );
    if (invitations.length === 0) return;
    const items = await pageItems(dataSource, actor, invitations.map((i) => i.id));
    let lines = "";
    for (const inv of invitations) {
      for (const item of items.get(inv.id) ?? []) {
        lines += csvLine([
          inv.email, inv.first_name, inv.last_name, item.school_urn, item.product_code, item.role_code, item.cohort_code,
          sqlDate(inv.expires_at), inv.external_id, inv.id, inv.state,
        ]);
      }
    }
    if (lines) yield lines;
    if (invitations.length < pageSize) return;
    after = invitations[invitations.length - 1]!.id;
  }
}

/** The page's items with their codes, by invitation, in item order. */
async function pageItems(dataSource: DataSource, actor: Actor, invitationIds: string[]): Promise<Map<string, ItemRow[]>> {
  const managed = invitationPolicy.managedItems(actor, "it");
  const own = managed ? { sql: ` AND ${managed.sql}`, params: managed.params } : { sql: "", params: [] };
  const rows = await selectRows<ItemRow>(
    dataSource,
    `SELECT it.invitation_id, s.urn AS school_urn, p.code AS product_code, r.code AS role_code, c.code AS cohort_code
     FROM \`invitation_item\` it
     JOIN \`product\` p ON p.id = it.product_id AND p.trust_id = it.trust_id
     JOIN \`product_role\` r ON r.id = it.role_id AND r.product_id = it.product_id
     LEFT JOIN \`school\` s ON s.id = it.school_id AND s.trust_id = it.trust_id
     LEFT JOIN \`cohort\` c ON c.id = it.cohort_id AND c.product_id = it.product_id
     WHERE it.invitation_id IN (${placeholders(invitationIds.length)}) AND it.trust_id = ?${own.sql}
     ORDER BY it.invitation_id, it.id`,
    [...invitationIds, actor.trustId, ...own.params],
  );
  const byInvitation = new Map<string, ItemRow[]>();
  for (const row of rows) {
    const list = byInvitation.get(row.invitation_id);
    if (list) list.push(row);
    else byInvitation.set(row.invitation_id, [row]);
  }
  return byInvitation;
}
