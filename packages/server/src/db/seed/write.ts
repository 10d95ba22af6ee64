import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from "typeorm";
import type { Dialect } from "../data-source.js";

/** One table's seeded rows. `rows` may be a generator, so a million rows need not sit in memory. */
export interface SeedTable<T extends ObjectLiteral = ObjectLiteral> {
  label: string;
  entity: EntityTarget<T>;
  count: number;
  rows: Iterable<T>;
}

export function table<T extends ObjectLiteral>(label: string, entity: EntityTarget<T>, rows: readonly T[]): SeedTable {
  return { label, entity: entity as EntityTarget<ObjectLiteral>, count: rows.length, rows };
}

const ROWS_PER_STATEMENT = 1_000;
// SQLite (3.32+) binds at most 32,766 values in one statement.
const SQLITE_MAX_VARIABLES = 32_766;

/** Multi-row inserts, in the order given (parents first), reporting progress per chunk. */
export async function writeTables(
  manager: EntityManager,
  dialect: Dialect,
  tables: readonly SeedTable[],
  onProgress?: (done: number, total: number, label: string) => void,
): Promise<void> {
  const total = tables.reduce((sum, t) => sum + t.count, 0);
  let done = 0;
  for (const { label, entity, rows } of tables) {
    const columns = manager.connection.getMetadata(entity).columns.length;
    const size =
      dialect === "sqlite" ? Math.min(ROWS_PER_STATEMENT, Math.floor(SQLITE_MAX_VARIABLES / columns)) : ROWS_PER_STATEMENT;
    for (const chunk of chunks(rows, size)) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(entity)
        .values(chunk as QueryDeepPartialEntity<ObjectLiteral>[])
        .updateEntity(false)
        .execute();
      done += chunk.length;
      onProgress?.(done, total, label);
    }
  }
}

function* chunks<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
