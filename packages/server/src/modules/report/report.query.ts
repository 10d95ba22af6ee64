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
  /**
   * For a report whose rows each page would otherwise have to find among all of them (a join
   * and a NOT EXISTS per roster member): the rows that drive it (`SELECT … FROM … WHERE …` of
   * their key's columns), in the report's order by the first columns of its key. A page is then
   * the report's rows for the next page of these, found by their key's range.
   */
  drivenBy?: { sql: string; params: unknown[]; key: KeyPart[] };
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

/** The driving rows after this key (null: from the start), a page of them. */
export function drivingPageSql(query: ReportQuery, after: unknown[] | null, pageSize: number): Sql {
  const driver = query.drivenBy!;
  const keyset = after === null ? null : keysetAfter(driver.key, after);
  return {
    sql: `${driver.sql}${keyset ? ` AND ${keyset.sql}` : ""} ORDER BY ${driver.key.map((k) => k.sql).join(", ")} LIMIT ${Math.floor(pageSize)}`,
    params: keyset ? [...driver.params, ...keyset.params] : driver.params,
  };
}

/** The report's rows for the driving rows after `after` (null: from the start) up to and including `last`. */
export function drivenPageSql(query: ReportQuery, after: unknown[] | null, last: unknown[]): Sql {
  const key = query.drivenBy!.key;
  const from = after === null ? null : keysetAfter(key, after);
  const beyond = keysetAfter(key, last);
  return {
    sql: `${query.sql}${from ? ` AND ${from.sql}` : ""} AND NOT ${beyond.sql}${query.groupBy ? ` GROUP BY ${query.groupBy}` : ""} ORDER BY ${query.key.map((k) => k.sql).join(", ")}`,
    params: [...query.params, ...(from ? from.params : []), ...beyond.params],
  };
}
