import { afterAll, beforeAll } from "vitest";
import { migrate, openDatabase, type Database } from "../db/data-source.js";
import { createTestDatabase, testDialect } from "./database.js";

/**
 * For a test file about the migrations themselves: a database of its own with every migration
 * applied (then `prepare`, e.g. a seed), opened before the tests and dropped after them.
 */
export function useMigratedDatabase(prepare: (db: Database) => Promise<unknown> = async () => undefined): { readonly db: Database } {
  let db: Database | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const test = await createTestDatabase();
    drop = test.drop;
    db = await openDatabase(test.config);
    await migrate(db);
    await prepare(db);
  }, 120_000);
  afterAll(async () => {
    await db?.dataSource.destroy();
    await drop?.();
  });
  return {
    get db() {
      if (!db) throw new Error("the migrated test database is opened in beforeAll: use it inside a test");
      return db;
    },
  };
}

/** Undoes migrations, newest first, until (and including) the one named. */
export async function undoThrough(db: Database, name: string): Promise<void> {
  for (let undone = ""; undone !== name; ) {
    const [last] = (await db.dataSource.query("SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1")) as { name: string }[];
    if (!last) throw new Error(`${name} is not among the applied migrations`);
    await db.dataSource.undoLastMigration({ transaction: "each" });
    undone = last.name;
  }
}

/** Each index of a table as "col,col" (the primary key and unique ones included), sorted. */
export async function indexColumns(db: Database, table: string): Promise<string[]> {
  if (testDialect() === "sqlite") {
    const list = (await db.dataSource.query(`PRAGMA index_list('${table}')`)) as { name: string }[];
    const out: string[] = [];
    for (const { name } of list) {
      const columns = (await db.dataSource.query(`PRAGMA index_info('${name}')`)) as { name: string }[];
      out.push(columns.map((c) => c.name).join(","));
    }
    return out.sort();
  }
  const rows = (await db.dataSource.query(
    `SELECT GROUP_CONCAT(column_name ORDER BY seq_in_index) AS columns FROM information_schema.statistics
     WHERE table_schema = DATABASE() AND table_name = ? GROUP BY index_name`,
    [table],
  )) as { columns: string }[];
  return rows.map((r) => r.columns).sort();
}
