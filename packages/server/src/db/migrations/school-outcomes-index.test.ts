import "reflect-metadata";
import { describe, expect, it } from "vitest";
import type { Actor } from "../../modules/auth/actor.js";
import { schoolOutcomesSql } from "../../modules/invitation/invitation.filter.js";
import { testDialect } from "../../test/database.js";
import { indexColumns, undoThrough, useMigratedDatabase } from "../../test/migrated-database.js";
import { migrate } from "../data-source.js";
import { seedTrust } from "../seed/index.js";

// The organisation view counts every invitation of a trust by school and outcome; with a
// million invitations that must come from an index holding every column it reads.
let trustId = "";
const migrated = useMigratedDatabase(async (db) => {
  trustId = (await seedTrust(db, { slug: "outcomes", size: "small" })).trustId;
});
const OUTCOMES = "trust_id,school_id,state,delivery,awaiting_approval,sent_at";
const NAME = "IDX_invitation_school_outcomes";

/** How the database plans the organisation view's counts for the whole trust, as one line. */
async function plan(): Promise<string> {
  const actor = { kind: "admin", id: "x", trustId, schoolId: null, role: null, canWrite: true } as unknown as Actor;
  const { sql, params } = schoolOutcomesSql(actor, null);
  if (testDialect() === "sqlite") {
    const rows = (await migrated.db.dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, params)) as { detail: string }[];
    return rows.map((r) => r.detail).join(" | ");
  }
  const rows = (await migrated.db.dataSource.query(`EXPLAIN ${sql}`, params)) as { table: string; key: string | null; Extra: string }[];
  return rows.map((r) => `${r.table} key ${r.key} ${r.Extra}`).join(" | ");
}

describe("migration InvitationSchoolOutcomesIndex", () => {
  it("counts the organisation view from its index alone, and down drops the index", async () => {
    expect(await indexColumns(migrated.db, "invitation")).toContain(OUTCOMES);
    const covered = await plan();
    if (testDialect() === "sqlite") expect(covered).toContain(`COVERING INDEX ${NAME}`);
    else expect(covered).toMatch(new RegExp(`key ${NAME} .*Using index`));

    await undoThrough(migrated.db, "InvitationSchoolOutcomesIndex1795712368269");
    expect(await indexColumns(migrated.db, "invitation")).not.toContain(OUTCOMES);
    expect(await plan()).not.toContain(NAME);

    expect(await migrate(migrated.db)).toContain("InvitationSchoolOutcomesIndex1795712368269");
    expect(await plan()).toBe(covered);
  });
});
