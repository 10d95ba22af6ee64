import { afterAll, beforeAll } from "vitest";
import { migrate, openDatabase, type Database } from "../db/data-source.js";
import { createTestDatabase } from "./database.js";

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
