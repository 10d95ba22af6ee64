// A report's SQL, read in keyset pages: each page asks for the rows after the last one it wrote,
// in the report's order, so a report of any size is written as it is read and never sits in
// memory whole (like the invitations export).
import type { Sql } from "../../db/raw.js";

/** One column of a report's order, the SQL it sorts by and the row property holding its value. */
export interface KeyPart {
  sql: string;
  column: string;
}

export interface ReportQuery {
  /** `SELECT … FROM … WHERE …`: no GROUP BY, ORDER BY or LIMIT (the page adds them). */
  sql: string;
  params: unknown[];
  /** For a report counted by group; the key's columns must be among these. */
  groupBy?: string;
  /**
   * The report's order, which must be a unique key of its rows (end it in ids), of columns that
   * are never null: the page after a row starts strictly after that row's key.
   */
  key: KeyPart[];
}

/** `(k1, k2, …) > (v1, v2, …)` written out, so both MariaDB and SQLite compare it column by column. */
export function keysetAfter(key: KeyPart[], values: unknown[]): Sql {
  if (values.length !== key.length) throw new Error(`a keyset of ${key.length} columns was given ${values.length} values`);
  let sql = `${key[key.length - 1]!.sql} > ?`;
  let params: unknown[] = [values[values.length - 1]];
  for (let i = key.length - 2; i >= 0; i--) {
    sql = `${key[i]!.sql} > ? OR (${key[i]!.sql} = ? AND (${sql}))`;
    params = [values[i], values[i], ...params];
  }
  return { sql: `(${sql})`, params };
}

/** One page of the report: the first (after = null) or the one after the row whose key values are given. */
export function pageSql(query: ReportQuery, after: unknown[] | null, pageSize: number): Sql {
  const keyset = after === null ? null : keysetAfter(query.key, after);
  return {
    sql: `${query.sql}${keyset ? ` AND ${keyset.sql}` : ""}${query.groupBy ? ` GROUP BY ${query.groupBy}` : ""} ORDER BY ${query.key.map((k) => k.sql).join(", ")} LIMIT ${Math.floor(pageSize)}`,
    params: keyset ? [...query.params, ...keyset.params] : query.params,
  };
}
