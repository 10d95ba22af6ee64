import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { createTestDatabase, testDialect } from "../../test/database.js";
import { indexColumns, undoThrough, useMigratedDatabase } from "../../test/migrated-database.js";
import { migrate, openDatabase } from "../data-source.js";
import { seedTrust } from "../seed/index.js";

// MIS ids compare exactly on both databases: MariaDB's mis_id becomes binary-collated, SQLite's
// already compares with BINARY. A seeded roster goes down and up through the migration intact.
const migrated = useMigratedDatabase((db) => seedTrust(db, { slug: "exact", size: "small" }));
const MIGRATION = "ExactMisIds1796655722883";
const sqlite = testDialect() === "sqlite";

const query = <T>(sql: string) => migrated.db.dataSource.query(sql) as Promise<T[]>;
const roster = () => query<{ id: string; school_id: string; mis_id: string }>("SELECT id, school_id, mis_id FROM staff ORDER BY id");

/** The collation staff.mis_id compares with. */
async function misIdCollation(): Promise<string> {
  if (sqlite) {
    const [table] = await query<{ sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'staff'");
    return /"mis_id" varchar\(64\) NOT NULL(?: COLLATE (\w+))?/.exec(table!.sql)![1] ?? "BINARY";
  }
  const [column] = await query<{ c: string }>("SELECT COLLATION_NAME AS c FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'staff' AND COLUMN_NAME = 'mis_id'");
  return column!.c;
}

describe("migration ExactMisIds", () => {
  it("compares MIS ids exactly, keeps every seeded person through down and up, and keeps the unique index", async () => {
    const seeded = await roster();
    expect(seeded.length).toBeGreaterThan(100);
    const exact = sqlite ? "BINARY" : "utf8mb4_bin";
    expect(await misIdCollation()).toBe(exact);

    await undoThrough(migrated.db, MIGRATION);
    // Below it MariaDB's column takes the table's collation again (utf8mb4_unicode_ci in the tests' databases).
    expect(await misIdCollation()).toBe(sqlite ? "BINARY" : "utf8mb4_unicode_ci");
    expect(await roster()).toEqual(seeded);

    expect(await migrate(migrated.db)).toContain(MIGRATION);
    expect(await misIdCollation()).toBe(exact);
    expect(await roster()).toEqual(seeded);
    expect(await indexColumns(migrated.db, "staff")).toContain("school_id,mis_id");
  });

  it("leaves nothing for migration:generate to write: the entities match the migrations", async () => {
    const sql = await migrated.db.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("declares the exact comparison on the entity as each database spells it, for a staff table TypeORM writes itself", async () => {
    const empty = await createTestDatabase();
    const db = await openDatabase(empty.config);
    try {
      const created = (await db.dataSource.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query).find((q) => /^CREATE TABLE [`"]staff[`"]/.test(q));
      // SQLite knows no utf8mb4_bin and would refuse the table; its default comparison is the exact one.
      expect(created).toContain(sqlite ? `"mis_id" varchar(64) NOT NULL,` : '`mis_id` varchar(64) COLLATE "utf8mb4_bin" NOT NULL');
    } finally {
      await db.dataSource.destroy();
      await empty.drop();
    }
  });
});
