// expiring and staff-without-access: the people a trust should chase, within the caller's scope.
import { sqlDate } from "../../db/raw.js";
import type { Actor } from "../auth/actor.js";
import { invitationWhere } from "../invitation/invitation.filter.js";
import { invitationPolicy } from "../invitation/invitation.policy.js";
import { staffPolicy } from "../staff/staff.policy.js";
import type { ReportQuery } from "./report.query.js";

const DAY = 24 * 60 * 60 * 1000;
export const EXPIRING_DAYS = 7;

/**
 * Each item of a pending invitation expiring within the next 7 days. A school admin sees the
 * invitations the list shows them; an item at another school shows its product and no school,
 * as the list shows it (managed by the trust).
 */
export function expiringSql(actor: Actor, now: Date): ReportQuery {
  const where = invitationWhere(actor, null);
  // Another school's item keeps its product but shows no school, as the list shows it.
  const managed = invitationPolicy.managedItems(actor, "it");
  const ownSchool = managed ? { sql: ` AND ${managed.sql}`, params: managed.params } : { sql: "", params: [] };
  return {
    sql: `SELECT inv.id AS invitation_id, it.id AS item_id, inv.email, inv.first_name, inv.last_name, s.urn AS school_urn, s.name AS school_name,
                 p.code AS product_code, r.code AS role_code, inv.expires_at
          FROM \`invitation\` inv
          JOIN \`invitation_item\` it ON it.invitation_id = inv.id AND it.trust_id = inv.trust_id
          JOIN \`product\` p ON p.id = it.product_id AND p.trust_id = inv.trust_id
          JOIN \`product_role\` r ON r.id = it.role_id AND r.product_id = it.product_id
          LEFT JOIN \`school\` s ON s.id = it.school_id AND s.trust_id = inv.trust_id${ownSchool.sql}
          WHERE ${where.sql} AND inv.state = 'PENDING' AND inv.expires_at >= ? AND inv.expires_at < ?`,
    params: [...ownSchool.params, ...where.params, now, new Date(now.getTime() + EXPIRING_DAYS * DAY)],
    key: [
      { sql: "inv.expires_at", column: "expires_at" },
      { sql: "inv.id", column: "invitation_id" },
      { sql: "it.id", column: "item_id" },
    ],
  };
}

export const expiresAtCell = (value: unknown) => sqlDate(value as Date | string);

/** A roster member's place in the report: by school name, then name (ids only break ties). */
const STAFF_KEY = [
  { sql: "sc.name", column: "school_name" },
  { sql: "sc.id", column: "school_id" },
  { sql: "st.last_name", column: "last_name" },
  { sql: "st.first_name", column: "first_name" },
  { sql: "st.mis_id", column: "mis_id" },
  { sql: "st.id", column: "staff_id" },
];

/**
 * Each roster member without an access to a product their school subscribes to now (a
 * subscription at their school, or the trust's own for a trust-level product). A school admin:
 * their school's roster and its school-level products, as their product list shows them.
 */
export function staffWithoutAccessSql(actor: Actor, now: Date): ReportQuery {
  const schools = staffPolicy.visibleSchools(actor);
  const trustWide = schools === null ? " OR sub.school_id IS NULL" : "";
  const roster = schools === null ? { sql: "", params: [] } : { sql: ` AND st.school_id IN (${schools.map(() => "?").join(", ")})`, params: schools };
  return {
    sql: `SELECT DISTINCT sc.id AS school_id, st.id AS staff_id, p.id AS product_id, sc.urn AS school_urn, sc.name AS school_name,
                 st.mis_id, st.first_name, st.last_name, st.email, p.code AS product_code, p.name AS product_name
          FROM \`staff\` st
          JOIN \`school\` sc ON sc.id = st.school_id AND sc.trust_id = st.trust_id
          JOIN \`subscription\` sub ON sub.trust_id = st.trust_id AND (sub.school_id = st.school_id${trustWide})
               AND sub.starts_at <= ? AND (sub.ends_at IS NULL OR sub.ends_at > ?)
          JOIN \`product\` p ON p.id = sub.product_id AND p.trust_id = st.trust_id
          WHERE st.trust_id = ?${roster.sql}
            AND NOT EXISTS (SELECT 1 FROM \`access\` a JOIN \`user\` u ON u.id = a.user_id
                            WHERE u.email = st.email AND a.trust_id = st.trust_id AND a.product_id = p.id
                              AND a.revoked_at IS NULL AND (a.school_id = st.school_id OR a.school_id IS NULL))`,
    params: [now, now, actor.trustId, ...roster.params],
    // Paged by roster member: each page's members are looked at once, not every member for every page.
    drivenBy: {
      sql: `SELECT sc.name AS school_name, sc.id AS school_id, st.last_name, st.first_name, st.mis_id, st.id AS staff_id
            FROM \`staff\` st JOIN \`school\` sc ON sc.id = st.school_id AND sc.trust_id = st.trust_id
            WHERE st.trust_id = ?${roster.sql}`,
      params: [actor.trustId, ...roster.params],
      key: STAFF_KEY,
    },
    // A school's staff by name, each one's products by code (ids only break ties).
    key: [
      ...STAFF_KEY,
      { sql: "p.code", column: "product_code" },
      { sql: "p.id", column: "product_id" },
    ],
  };
}
