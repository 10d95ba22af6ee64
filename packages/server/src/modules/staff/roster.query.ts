// The roster page in hand-written SQL: the hottest list (every roster screen, every MIS
// integrator's sync check), where building the query through TypeORM cost more CPU than
// running it (`pnpm bench`). Portable: `?` placeholders, backtick-quoted tables.
import { placeholders } from "../../db/raw.js";
import { likePattern, likePositional, searchWords } from "../../db/like.js";
import { keysetCondition, orderBy, type SortKey } from "../../graphql/cursor.js";
import { memberOfTrust } from "../user/user.service.js";

export interface RosterFilter {
  trustId: string;
  /** The schools the caller may see; null for the whole trust. */
  scope: string[] | null;
  schoolId?: string | null;
  search?: string | null;
  /** Only staff without an active access to, or an open invitation for, this product. */
  notUserOfProduct?: string | null;
}

export interface Sql {
  sql: string;
  params: unknown[];
}

const SEARCHED = ["staff.first_name", "staff.last_name", "staff.email"];

/** The WHERE clause shared by a page and its count. */
export function rosterWhere(filter: RosterFilter): Sql {
  const clauses = ["staff.trust_id = ?"];
  const params: unknown[] = [filter.trustId];
  if (filter.scope) {
    clauses.push(`staff.school_id IN (${placeholders(filter.scope.length)})`);
    params.push(...filter.scope);
  }
  if (filter.schoolId) {
    clauses.push("staff.school_id = ?");
    params.push(filter.schoolId);
  }
  for (const word of searchWords(filter.search)) {
    clauses.push(`(${SEARCHED.map(likePositional).join(" OR ")})`);
    params.push(...SEARCHED.map(() => likePattern(word)));
  }
  if (filter.notUserOfProduct) {
    clauses.push(
      `NOT EXISTS (SELECT 1 FROM \`invitation\` inv JOIN \`invitation_item\` item ON item.invitation_id = inv.id
         WHERE inv.trust_id = ? AND inv.email = staff.email AND item.product_id = ? AND item.open_key IS NOT NULL)`,
      `NOT EXISTS (SELECT 1 FROM \`user\` holder JOIN \`access\` held ON held.user_id = holder.id
         WHERE holder.email = staff.email AND held.trust_id = ? AND held.product_id = ? AND held.revoked_at IS NULL)`,
    );
    params.push(filter.trustId, filter.notUserOfProduct, filter.trustId, filter.notUserOfProduct);
  }
  return { sql: clauses.join(" AND "), params };
}

const STAFF_COLUMNS = ["id", "trust_id", "school_id", "mis_id", "first_name", "last_name", "email", "job_title"].map((c) => `staff.${c} AS s_${c}`);
const SCHOOL_COLUMNS = ["urn", "name", "postcode", "local_authority", "phase"].map((c) => `school.${c} AS sc_${c}`);
const USER_COLUMNS = ["id", "email", "first_name", "last_name"].map((c) => `member.${c} AS u_${c}`);

/** One page: the rows after the cursor, with their school and account when asked for. */
export function rosterPage<Row>(
  filter: RosterFilter,
  order: SortKey<Row>[],
  after: unknown[] | null,
  limit: number,
  include: { school?: boolean; user?: boolean },
): Sql {
  const where = rosterWhere(filter);
  const columns = [...STAFF_COLUMNS, ...(include.school ? SCHOOL_COLUMNS : []), ...(include.user ? USER_COLUMNS : [])];
  const params: unknown[] = [];
  let sql = `SELECT ${columns.join(", ")} FROM \`staff\` staff`;
  // LEFT joins (the school always exists) keep MariaDB reading staff in index order.
  if (include.school) sql += " LEFT JOIN `school` school ON school.id = staff.school_id";
  if (include.user) {
    sql += ` LEFT JOIN \`user\` member ON member.email = staff.email AND ${memberOfTrust("member", undefined, "?")}`;
    params.push(filter.trustId);
  }
  sql += ` WHERE ${where.sql}`;
  params.push(...where.params);
  if (after) {
    sql += ` AND (${keysetCondition(order, after, (_i, value) => {
      params.push(value);
      return "?";
    })})`;
  }
  sql += ` ORDER BY ${orderBy(order)} LIMIT ?`;
  params.push(limit);
  return { sql, params };
}

export function rosterCount(filter: RosterFilter): Sql {
  const where = rosterWhere(filter);
  return { sql: `SELECT COUNT(*) AS total FROM \`staff\` staff WHERE ${where.sql}`, params: where.params };
}
