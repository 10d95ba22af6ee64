import "reflect-metadata";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { undoThrough, useMigratedDatabase } from "../../test/migrated-database.js";
import { migrate } from "../data-source.js";
import { seedTrust } from "../seed/index.js";

// Upgrading a database that already holds open invitations and active accesses: their rule 4
// keys are rewritten to the grouped form keys.ts makes, and back again on the way down.
const migrated = useMigratedDatabase((db) => seedTrust(db, { slug: "keys", size: "small" }));

const keys = async () => ({
  open: (await migrated.db.dataSource.query("SELECT id, open_key FROM invitation_item WHERE open_key IS NOT NULL ORDER BY id")) as { id: string; open_key: string }[],
  active: (await migrated.db.dataSource.query("SELECT id, active_key FROM access WHERE active_key IS NOT NULL ORDER BY id")) as { id: string; active_key: string }[],
});

describe("migration GroupedKeys", () => {
  it("rewrites every open item's and active access's key, down to the whole hash and up to the grouped one", async () => {
    const seeded = await keys();
    expect(seeded.open.length).toBeGreaterThan(10);
    expect(seeded.active.length).toBeGreaterThan(10);
    expect(seeded.open.every((k) => k.open_key.length === 48)).toBe(true);

    // Back down through GroupedKeys (and any migration after it).
    await undoThrough(migrated.db, "GroupedKeys1795699000000");
    const [item] = (await migrated.db.dataSource.query(
      "SELECT it.open_key, it.trust_id, inv.email, it.product_id, it.school_id FROM invitation_item it JOIN invitation inv ON inv.id = it.invitation_id WHERE it.open_key IS NOT NULL ORDER BY it.id LIMIT 1",
    )) as { open_key: string; trust_id: string; email: string; product_id: string; school_id: string | null }[];
    const whole = createHash("sha256").update([item!.trust_id, item!.email, item!.product_id, item!.school_id ?? ""].join("|")).digest("hex");
    expect(item!.open_key).toBe(whole);

    expect(await migrate(migrated.db)).toContain("GroupedKeys1795699000000");
    expect(await keys()).toEqual(seeded);
  });
});
