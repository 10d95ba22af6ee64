import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { undoThrough, useMigratedDatabase } from "../../test/migrated-database.js";
import { migrate } from "../data-source.js";
import { sqlDate } from "../raw.js";
import { seedTrust } from "../seed/index.js";

// Upgrading a database whose histories say their times in words ("a new link, expiring
// 2026-12-10 16:39 UTC"): each such time moves into the step's date, and back on the way down.
const migrated = useMigratedDatabase((db) => seedTrust(db, { slug: "dates", size: "small" }));
const MIGRATION = "InvitationEventDate1796655436280";

interface Step {
  id: string;
  kind: string;
  detail: string | null;
  date?: Date | string | null;
}
const steps = async (withDate: boolean) =>
  (await migrated.db.dataSource.query(
    `SELECT id, kind, detail${withDate ? ", date" : ""} FROM invitation_event WHERE kind IN ('RESENT', 'SCHEDULED') ORDER BY id`,
  )) as Step[];
const minute = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
const toMinute = (date: Date) => new Date(Math.floor(date.getTime() / 60_000) * 60_000);

describe("migration InvitationEventDate", () => {
  it("moves the time out of resent and scheduled steps' words into their date, and back into the words on the way down", async () => {
    const seeded = (await steps(true)).map((s) => ({ ...s, date: sqlDate(s.date ?? null) }));
    expect(new Set(seeded.map((s) => s.kind))).toEqual(new Set(["RESENT", "SCHEDULED"]));
    expect(seeded.every((s) => s.date !== null)).toBe(true);

    await undoThrough(migrated.db, MIGRATION);
    const worded = await steps(false);
    expect(worded).toEqual(
      seeded.map((s) => ({
        id: s.id,
        kind: s.kind,
        detail: s.kind === "RESENT" ? `a new link, expiring ${minute(s.date!)}` : `to be emailed on ${minute(s.date!)}`,
      })),
    );

    expect(await migrate(migrated.db)).toContain(MIGRATION);
    const upgraded = (await steps(true)).map((s) => ({ ...s, date: sqlDate(s.date ?? null) }));
    // The words kept the time to the minute.
    expect(upgraded).toEqual(seeded.map((s) => ({ ...s, date: toMinute(s.date!) })));
    const [left] = (await migrated.db.dataSource.query("SELECT COUNT(*) AS n FROM invitation_event WHERE detail LIKE '%UTC%'")) as { n: number | string }[];
    expect(Number(left!.n)).toBe(0);
  });
});
