import type { DataSource } from "typeorm";

interface MysqlPool {
  query(sql: string | { sql: string; dateStrings: boolean }, params: unknown[], callback: (error: Error | null, rows: unknown) => void): void;
}
interface SqliteConnection {
  prepare(sql: string): { all(...params: unknown[]): unknown[] };
}

/** Prepared SQLite statements, per connection and SQL text (the hot reads repeat a few shapes). */
const prepared = new WeakMap<SqliteConnection, Map<string, ReturnType<SqliteConnection["prepare"]>>>();

/**
 * Hand-written SQL for the few reads on every request's hot path (the API key, a list page,
 * the loaders behind each row). There TypeORM's query runner, query building and entity
 * hydration cost more CPU than the query itself (`pnpm bench`), so these go straight to the
 * driver TypeORM holds. The SQL is portable: `?` placeholders and backtick-quoted names mean
 * the same to MariaDB and SQLite. Each statement is still counted by the data source's logger.
 * Reads only, and never inside a transaction: they run on the pool, not the transaction's connection.
 */
export function selectRows<Row>(dataSource: DataSource, sql: string, params: readonly unknown[], options: { datesAsText?: boolean } = {}): Promise<Row[]> {
  dataSource.logger.logQuery(sql);
  const driver = dataSource.driver as unknown as { pool?: MysqlPool; databaseConnection?: SqliteConnection };
  if (dataSource.options.type === "better-sqlite3") {
    const connection = driver.databaseConnection!;
    let statements = prepared.get(connection);
    if (!statements) prepared.set(connection, (statements = new Map()));
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = connection.prepare(sql)));
    return Promise.resolve(statement.all(...params.map(sqliteValue)) as Row[]);
  }
  return new Promise((resolve, reject) =>
    // datesAsText: dates as the text MariaDB sends (`YYYY-MM-DD HH:MM:SS.fff`, UTC), as SQLite keeps them, for a caller writing them as text anyway.
    driver.pool!.query(options.datesAsText ? { sql, dateStrings: true } : sql, [...params], (error, rows) => (error ? reject(error) : resolve(rows as Row[]))),
  );
}

/**
 * A UTC datetime as text, the way TypeORM stores dates in SQLite; MariaDB compares it
 * correctly with datetime(3) columns too.
 */
export const sqlDateTime = (date: Date) => date.toISOString().replace("T", " ").replace("Z", "");

/** better-sqlite3 binds no Dates or booleans: store them as TypeORM does. */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return sqlDateTime(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** A piece of SQL with its positional parameters, in order. */
export interface Sql {
  sql: string;
  params: unknown[];
}

export const placeholders = (count: number) => Array.from({ length: count }, () => "?").join(", ");

/** MariaDB hands back Dates; SQLite the UTC text TypeORM wrote ("2026-11-26 09:30:00.000"). */
export function sqlDate(value: Date | string | null): Date | null {
  if (value === null || value instanceof Date) return value;
  return new Date(`${value.replace(" ", "T")}Z`);
}

/** A row type's properties and the columns they are read from, e.g. { trustId: "trust_id" }. */
export type ColumnMap<Row> = { readonly [Property in keyof Row]: string };

/**
 * `p.trust_id AS p__trustId, …`: the select list for a column map, its names prefixed so that
 * several tables can share one joined row (see `readColumns`).
 */
export function selectColumns<Row>(alias: string, columns: ColumnMap<Row>, prefix = ""): string {
  return Object.entries(columns)
    .map(([property, column]) => `${alias}.${column as string} AS ${prefix}${property}`)
    .join(", ");
}

/**
 * Reads one table's part of a joined row, as `selectColumns` named it (null when a LEFT JOIN
 * found nothing). Made once per table and prefix: the names are not rebuilt for every row.
 */
export function columnReader<Row>(columns: ColumnMap<Row>, prefix: string): (row: Record<string, unknown>) => Row | null {
  const fields = Object.keys(columns).map((property) => [property, `${prefix}${property}`] as const);
  const idKey = `${prefix}id`;
  return (row) => {
    if (row[idKey] === null || row[idKey] === undefined) return null;
    const out: Record<string, unknown> = {};
    for (const [property, key] of fields) out[property] = row[key];
    return out as Row;
  };
}
