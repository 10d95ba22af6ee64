import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata.js";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity.js";

/**
 * Multi-row INSERTs of `chunk` rows each (TOOLCHAIN.md: ~30,000 rows/s on MariaDB, where
 * one INSERT per row is 10–15× slower). Inside the caller's transaction. On MariaDB the
 * values are written straight into the statement (`mariadbLiterals`); on SQLite, or for an
 * entity with other column types, TypeORM's query builder writes them.
 */
export async function insertRows<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: readonly T[], chunk = 1000) {
  const type = manager.connection.options.type;
  const metadata = manager.connection.getMetadata(entity);
  const literal = type === "mariadb" || type === "mysql" ? mariadbLiterals(manager, metadata) : null;
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    if (literal) {
      await manager.query(insertStatement(metadata, part, literal));
      continue;
    }
    await manager.createQueryBuilder().insert().into(entity).values(part as QueryDeepPartialEntity<T>[]).updateEntity(false).execute();
  }
}

/** Splits a list for `IN (…)` clauses that stay within every driver's parameter limit. */
export function chunks<T>(list: readonly T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < list.length; start += size) out.push(list.slice(start, start + size));
  return out;
}

/** A unique index refused the write, or MariaDB chose this transaction as a deadlock victim: worth one more try. */
export function isWriteConflict(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const codes = [e.code, e.driverError?.code];
  const errnos = [e.errno, e.driverError?.errno];
  return (
    codes.some((c) => c === "ER_DUP_ENTRY" || c === "ER_LOCK_DEADLOCK" || c === "SQLITE_CONSTRAINT_UNIQUE") ||
    errnos.some((n) => n === 1062 || n === 1213)
  );
}

/** Runs a change and answers how many rows it changed, on either driver (inside the manager's transaction, if any). */
export async function execute(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const result = await runner.query(sql, params, true);
    return Number(result.affected ?? 0);
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}

type Literal = (value: unknown, column: ColumnMetadata) => string;

/** Column types whose values `mariadbLiterals` writes as mysql2 would write TypeORM's parameters. */
const PLAIN_TYPES = new Set<unknown>(["varchar", "text", "int", "boolean", "datetime", "simple-enum", "simple-json"]);

/**
 * On MariaDB, values are written into the statement directly, exactly as mysql2 would write
 * TypeORM's parameters (seed.test.ts compares them) but without TypeORM's per-value work,
 * which costs more than the database's: 5,000 invitation items took ~180 ms of CPU in
 * TypeORM's query builder alone (`pnpm bench`). Null when an entity has a column of another
 * type: the query builder writes those tables.
 */
export function mariadbLiterals(manager: EntityManager, metadata: EntityMetadata): Literal | null {
  if (!metadata.columns.every((c) => PLAIN_TYPES.has(c.type))) return null;
  const escape = (manager.connection.driver as unknown as { mysql: { escape(value: string): string } }).mysql.escape;
  const literal = (value: unknown): string => {
    if (value === null) return "NULL";
    if (value === undefined) return "DEFAULT";
    if (typeof value === "string") return escape(value);
    if (typeof value === "number") return String(value);
    if (typeof value === "boolean") return value ? "true" : "false";
    // The connection's timezone is UTC ("Z"): '2026-11-26 12:00:00.000'.
    if (value instanceof Date) return `'${value.toISOString().slice(0, 23).replace("T", " ")}'`;
    throw new Error(`can't write a ${typeof value} value into an INSERT`);
  };
  // simple-json is stored as its JSON text, as TypeORM stores it.
  return (value, column) => (column.type === "simple-json" && value !== null && value !== undefined ? escape(JSON.stringify(value)) : literal(value));
}

/** One multi-row INSERT with its values written in. */
export function insertStatement(metadata: EntityMetadata, rows: readonly ObjectLiteral[], literal: Literal): string {
  const columns = metadata.columns;
  const values = rows.map((row) => `(${columns.map((c) => literal(row[c.propertyName], c)).join(", ")})`);
  return `INSERT INTO \`${metadata.tableName}\`(${columns.map((c) => `\`${c.databaseName}\``).join(", ")}) VALUES ${values.join(", ")}`;
}
