import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from "typeorm";
import { insertStatement, mariadbLiterals } from "../bulk.js";
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

/** A table whose rows are made as they are written: `count` must say how many there will be. */
export function streamed<T extends ObjectLiteral>(label: string, entity: EntityTarget<T>, count: number, rows: Iterable<T>): SeedTable {
  return { label, entity: entity as EntityTarget<ObjectLiteral>, count, rows };
}

/** Several row sources read one after the other, as often as needed. */
export function concat<T>(...parts: Iterable<T>[]): Iterable<T> {
  return {
    *[Symbol.iterator]() {
      for (const part of parts) yield* part;
    },
  };
}

/**
 * The same tables with every date moved by `ms`: the seed's story is written around a fixed
 * reference day, and a demo started on another day is moved to it, so "pending" is still
 * pending and nothing was sent in the future.
 */
export function shiftDates(tables: SeedTable[], ms: number): SeedTable[] {
  if (ms === 0) return tables;
  const shift = (row: ObjectLiteral): ObjectLiteral => {
    const moved: ObjectLiteral = {};
    for (const [key, value] of Object.entries(row)) moved[key] = value instanceof Date ? new Date(value.getTime() + ms) : value;
    return moved;
  };
  return tables.map((t) => ({
    ...t,
    rows: {
      *[Symbol.iterator]() {
        for (const row of t.rows) yield shift(row);
      },
    },
  }));
}

const ROWS_PER_STATEMENT = 1_000;
// SQLite (3.32+) binds at most 32,766 values in one statement.
const SQLITE_MAX_VARIABLES = 32_766;

/**
 * Multi-row inserts, in the order given (parents first), reporting progress per chunk. Each
 * statement is built while the one before runs in the database, so making rows (the large
 * seed makes them as it goes) and building SQL overlap the database's work.
 */
export async function writeTables(
  manager: EntityManager,
  dialect: Dialect,
  tables: readonly SeedTable[],
  onProgress?: (done: number, total: number, label: string) => void,
): Promise<void> {
  const total = tables.reduce((sum, t) => sum + t.count, 0);
  let done = 0;
  let running: Promise<unknown> = Promise.resolve();
  try {
    for (const { label, entity, rows } of tables) {
      const metadata = manager.connection.getMetadata(entity);
      const size =
        dialect === "sqlite"
          ? Math.min(ROWS_PER_STATEMENT, Math.floor(SQLITE_MAX_VARIABLES / metadata.columns.length))
          : ROWS_PER_STATEMENT;
      const literal = dialect === "mariadb" ? mariadbLiterals(manager, metadata) : null;
      for (const chunk of chunks(rows, size)) {
        const [sql, parameters] = literal
          ? [insertStatement(metadata, chunk, literal), []]
          : manager
              .createQueryBuilder()
              .insert()
              .into(entity)
              .values(chunk as QueryDeepPartialEntity<ObjectLiteral>[])
              .updateEntity(false)
              .callListeners(false)
              .getQueryAndParameters();
        await running;
        running = manager.query(sql, parameters);
        running.catch(() => undefined); // awaited before the next statement; not unhandled meanwhile
        // Lets the statement reach the database before the next chunk is made.
        await new Promise((resolve) => setImmediate(resolve));
        done += chunk.length;
        onProgress?.(done, total, label);
      }
    }
    await running;
  } finally {
    // Never leave a statement running under a transaction that is about to roll back.
    await running.catch(() => undefined);
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
