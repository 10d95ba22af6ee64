import "reflect-metadata";
import { describe, expect, it } from "vitest";
import type { Actor } from "../../modules/auth/actor.js";
import { InvitationReadService } from "../../modules/invitation/invitation-read.service.js";
import { testDialect } from "../../test/database.js";
import { indexColumns, undoThrough, useMigratedDatabase } from "../../test/migrated-database.js";
import { migrate } from "../data-source.js";
import { seedTrust } from "../seed/index.js";

// A search (email or name, anywhere in them) tests every invitation of the trust it walks; with
// a million invitations it must test them in an index, not by looking up each row.
let trustId = "";
const migrated = useMigratedDatabase(async (db) => {
  trustId = (await seedTrust(db, { slug: "search", size: "small" })).trustId;
});
const SEARCH = "trust_id,created_at,id,email,first_name,last_name";
const NAME = "IDX_invitation_search";
const MIGRATION = "InvitationSearchIndex1795719000000";

const admin = () => ({ kind: "admin", id: "x", trustId, schoolId: null, role: null, canWrite: true }) as unknown as Actor;

/** How the database plans a people-view page searching for `search` (with its count), as one line. */
async function plan(search: string, extra: Record<string, unknown> = {}): Promise<string> {
  const { sql, params } = new InvitationReadService(migrated.db.dataSource).pageSql(admin(), { first: 50, filter: { search, ...extra }, withTotal: true });
  if (testDialect() === "sqlite") {
    const rows = (await migrated.db.dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, params)) as { detail: string }[];
    return rows.map((r) => r.detail).join(" | ");
  }
  const rows = (await migrated.db.dataSource.query(`EXPLAIN ${sql}`, params)) as { select_type: string; table: string; key: string | null; Extra: string }[];
  return rows.map((r) => `${r.select_type} ${r.table} key ${r.key} ${r.Extra}`).join(" | ");
}

describe("migration InvitationSearchIndex", () => {
  it("searches in the index, testing rows before looking them up, and down drops the index", async () => {
    expect(await indexColumns(migrated.db, "invitation")).toContain(SEARCH);
    const searching = await plan("smith");
    if (testDialect() === "sqlite") {
      expect(searching).toMatch(new RegExp(`^SEARCH inv USING INDEX ${NAME} .*COVERING INDEX ${NAME}`));
    } else {
      // The page tests each entry before reading its row (index condition pushdown); the count reads the index alone.
      expect(searching).toMatch(new RegExp(`^PRIMARY inv key ${NAME} Using index condition.*SUBQUERY inv key ${NAME} .*Using index`));
    }
    expect(searching).not.toMatch(/filesort|TEMP B-TREE/);
    // With another condition (here a school) the planner chooses: that index narrows the walk first.
    expect(await plan("smith", { schoolId: "any" })).not.toMatch(new RegExp(`^(PRIMARY inv key|SEARCH inv USING INDEX) ${NAME}`));

    await undoThrough(migrated.db, MIGRATION);
    expect(await indexColumns(migrated.db, "invitation")).not.toContain(SEARCH);
    expect(await migrate(migrated.db)).toContain(MIGRATION);
    expect(await plan("smith")).toBe(searching);
  });
});
