import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity.js";

/**
 * Multi-row INSERTs of `chunk` rows each (TOOLCHAIN.md: ~30,000 rows/s on MariaDB, where
 * one INSERT per row is 10–15× slower). Inside the caller's transaction.
 */
export async function insertRows<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: readonly T[], chunk = 1000) {
  for (let start = 0; start < rows.length; start += chunk) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(start, start + chunk) as QueryDeepPartialEntity<T>[])
      .updateEntity(false)
      .execute();
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
