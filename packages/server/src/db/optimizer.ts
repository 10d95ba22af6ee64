import type { DataSource } from "typeorm";

/**
 * A SELECT that MariaDB / MySQL must plan without semi-join materialization; SQLite's as written.
 *
 * A list filtered by its items (`EXISTS (SELECT … FROM invitation_item …)`) and ordered newest
 * first is best served by walking the list's index and probing each row's items, or, for a rare
 * item, by starting from those items. Given a common one, MariaDB instead materialises every
 * matching item (143,000 of them for one product and role on the large seed), joins them back and
 * sorts: 3.6–4.6 s for a page of 50. With materialisation off it keeps the two good plans and
 * chooses between them: 20 ms for that page, and 20 ms for a cohort with 378 items.
 */
export function withoutMaterialization(dataSource: DataSource, sql: string): string {
  const type = dataSource.options.type;
  if (type !== "mariadb" && type !== "mysql") return sql;
  // TypeORM reads the server's version when it connects: MariaDB's are 10 and up, MySQL's 8 and 9.
  const version = (dataSource.driver as unknown as { version?: string }).version ?? "";
  const major = Number(version.split(".")[0]);
  if (major >= 10) return `SET STATEMENT optimizer_switch='materialization=off' FOR ${sql}`;
  return sql.replace(/^\s*SELECT\b/i, "SELECT /*+ SET_VAR(optimizer_switch='materialization=off') */");
}
