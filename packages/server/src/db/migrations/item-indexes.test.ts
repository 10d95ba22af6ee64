import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { testDialect } from "../../test/database.js";
import { useMigratedDatabase } from "../../test/migrated-database.js";
import { migrate } from "../data-source.js";

// invitation_item's composite indexes lead with product and school, so they serve those foreign
// keys too and the indexes kept for the keys alone go; down restores the earlier set exactly.
const migrated = useMigratedDatabase();

/** Each index of invitation_item as "col,col" (primary key and unique ones included). */
async function indexes(): Promise<string[]> {
  if (testDialect() === "sqlite") {
    const list = (await migrated.db.dataSource.query("PRAGMA index_list('invitation_item')")) as { name: string }[];
    const out: string[] = [];
    for (const { name } of list) {
      const columns = (await migrated.db.dataSource.query(`PRAGMA index_info('${name}')`)) as { name: string }[];
      out.push(columns.map((c) => c.name).join(","));
    }
    return out.sort();
  }
  const rows = (await migrated.db.dataSource.query(
    `SELECT GROUP_CONCAT(column_name ORDER BY seq_in_index) AS columns FROM information_schema.statistics
     WHERE table_schema = DATABASE() AND table_name = 'invitation_item' GROUP BY index_name`,
  )) as { columns: string }[];
  return rows.map((r) => r.columns).sort();
}

describe("migration ItemIndexesServeForeignKeys", () => {
  it("leaves invitation_item two indexes fewer on MariaDB, and down restores them", async () => {
    const after = await indexes();
    expect(after).toEqual(expect.arrayContaining(["product_id,role_id", "school_id,product_id,trust_id", "invitation_id", "open_key"]));
    // The role's foreign key keeps its own index on MariaDB (SQLite makes none for foreign keys).
    if (testDialect() === "mariadb") expect(after).toContain("role_id");
    expect(after).not.toContain("product_id");
    expect(after).not.toContain("school_id");
    expect(after).not.toContain("trust_id,product_id,role_id");

    await migrated.db.dataSource.undoLastMigration({ transaction: "each" });
    const before = await indexes();
    expect(before).toEqual(expect.arrayContaining(["trust_id,product_id,role_id", "trust_id,school_id,product_id"]));
    expect(before).not.toContain("product_id,role_id");
    // MariaDB keeps an index of its own for each foreign key no other index leads with.
    if (testDialect() === "mariadb") expect(before).toEqual(expect.arrayContaining(["product_id", "school_id", "role_id"]));
    expect(before.length).toBe(after.length + (testDialect() === "mariadb" ? 2 : 0));

    expect(await migrate(migrated.db)).toEqual(["ItemIndexesServeForeignKeys1795702183882"]);
    expect(await indexes()).toEqual(after);
  });
});
