import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { testDialect } from "../../test/database.js";
import { indexColumns, undoThrough, useMigratedDatabase } from "../../test/migrated-database.js";
import { migrate } from "../data-source.js";

// invitation_item's composite indexes lead with product and school, so they serve those foreign
// keys too and the indexes kept for the keys alone go; down restores the earlier set exactly.
const migrated = useMigratedDatabase();

const indexes = () => indexColumns(migrated.db, "invitation_item");

describe("migration ItemIndexesServeForeignKeys", () => {
  it("leaves invitation_item two indexes fewer on MariaDB, and down restores them", async () => {
    const after = await indexes();
    expect(after).toEqual(expect.arrayContaining(["product_id,role_id", "school_id,product_id,trust_id", "invitation_id", "open_key"]));
    // The role's foreign key keeps its own index on MariaDB (SQLite makes none for foreign keys).
    if (testDialect() === "mariadb") expect(after).toContain("role_id");
    expect(after).not.toContain("product_id");
    expect(after).not.toContain("school_id");
    expect(after).not.toContain("trust_id,product_id,role_id");

    await undoThrough(migrated.db, "ItemIndexesServeForeignKeys1795702183882");
    const before = await indexes();
    expect(before).toEqual(expect.arrayContaining(["trust_id,product_id,role_id", "trust_id,school_id,product_id"]));
    expect(before).not.toContain("product_id,role_id");
    // MariaDB keeps an index of its own for each foreign key no other index leads with.
    if (testDialect() === "mariadb") expect(before).toEqual(expect.arrayContaining(["product_id", "school_id", "role_id"]));
    expect(before.length).toBe(after.length + (testDialect() === "mariadb" ? 2 : 0));

    expect(await migrate(migrated.db)).toContain("ItemIndexesServeForeignKeys1795702183882");
    expect(await indexes()).toEqual(after);
  });
});
