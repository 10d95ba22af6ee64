// school-status and product-status: how take-up is going, counted by the database (GROUP BY)
// over the invitations the caller sees, exactly as the invitation list sees them.
import type { Actor } from "../auth/actor.js";
import type { CsvValue } from "../csv/csv-writer.js";
import { invitationWhere } from "../invitation/invitation.filter.js";
import { invitationPolicy } from "../invitation/invitation.policy.js";
import type { ReportQuery } from "./report.query.js";

const OUTCOMES = `COUNT(DISTINCT inv.id) AS invited,
  COUNT(DISTINCT CASE WHEN inv.state = 'ACCEPTED' THEN inv.id END) AS accepted,
  COUNT(DISTINCT CASE WHEN inv.state = 'PENDING' THEN inv.id END) AS pending,
  COUNT(DISTINCT CASE WHEN inv.state = 'EXPIRED' THEN inv.id END) AS expired`;

export const OUTCOME_COLUMNS = ["invited", "accepted", "pending", "expired", "acceptance_rate"];

export interface OutcomeRow {
  invited: number | string;
  accepted: number | string;
  pending: number | string;
  expired: number | string;
}

/** The counts, then accepted of invited as a percentage to one decimal (empty when none were invited). */
export function outcomeCells(row: OutcomeRow): CsvValue[] {
  const [invited, accepted, pending, expired] = [row.invited, row.accepted, row.pending, row.expired].map(Number) as [number, number, number, number];
  return [invited, accepted, pending, expired, invited === 0 ? "" : ((accepted / invited) * 100).toFixed(1)];
}

/**
 * Per school: the invitations listed under it, as the organisation view counts them (a school
 * admin's are all counted under their own school, invitation.policy.ts `countedUnder`).
 */
export function schoolStatusSql(actor: Actor): ReportQuery {
  const where = invitationWhere(actor, null);
  const school = invitationPolicy.countedUnder(actor);
  return {
    sql: `SELECT s.id AS school_id, s.urn AS school_urn, s.name AS school_name, ${OUTCOMES}
          FROM \`invitation\` inv JOIN \`school\` s ON s.id = ${school.sql} AND s.trust_id = inv.trust_id
          WHERE ${where.sql}`,
    params: [...school.params, ...where.params],
    groupBy: "s.id, s.urn, s.name",
    key: [
      { sql: "s.name", column: "school_name" },
      { sql: "s.id", column: "school_id" },
    ],
  };
}

/** Per product: the invitations holding an item of it, as the list filtered by that product counts them. */
export function productStatusSql(actor: Actor): ReportQuery {
  const where = invitationWhere(actor, null);
  return {
    sql: `SELECT p.id AS product_id, p.code AS product_code, p.name AS product_name, ${OUTCOMES}
          FROM \`invitation\` inv
          JOIN \`invitation_item\` it ON it.invitation_id = inv.id AND it.trust_id = inv.trust_id
          JOIN \`product\` p ON p.id = it.product_id AND p.trust_id = inv.trust_id
          WHERE ${where.sql}`,
    params: where.params,
    groupBy: "p.id, p.code, p.name",
    key: [
      { sql: "p.name", column: "product_name" },
      { sql: "p.id", column: "product_id" },
    ],
  };
}
