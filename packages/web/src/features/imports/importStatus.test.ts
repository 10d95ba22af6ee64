import { describe, expect, it } from "vitest";
import type { ImportStatus } from "../../gql/graphql";
import { errorsPage, errorsPageCount, errorsPageSummary, rowLabel } from "./errorPages";
import { importView, isInProgress, resultSentence, statusAnnouncement, statusHeading } from "./importStatus";

const STATUSES: ImportStatus[] = ["VALIDATING", "INVALID", "READY", "APPROVED", "REJECTED", "COMMITTED", "FAILED"];

describe("import status → what the screen shows", () => {
  it("rule 11: errors while INVALID, the preview while READY, the result once COMMITTED", () => {
    expect(STATUSES.map((s) => [s, importView(s)])).toEqual([
      ["VALIDATING", "checking"],
      ["INVALID", "errors"],
      ["READY", "preview"],
      ["APPROVED", "committing"],
      ["REJECTED", "rejected"],
      ["COMMITTED", "result"],
      ["FAILED", "failed"],
    ]);
  });

  it("asks again only while the server is still working on it", () => {
    expect(STATUSES.filter(isInProgress)).toEqual(["VALIDATING", "APPROVED"]);
  });

  it("rule 11: heads and announces each outcome in words", () => {
    const base = { kind: "INVITATIONS" as const, rowCount: 12, errorCount: 0, preview: null };
    expect(statusHeading({ ...base, status: "INVALID", errorCount: 1 })).toBe("1 problem to fix");
    expect(statusHeading({ ...base, status: "INVALID", errorCount: 1234 })).toBe("1,234 problems to fix");
    expect(statusAnnouncement({ ...base, status: "INVALID", errorCount: 3 })).toBe(
      "The file has 3 problems in 12 rows. Nothing was imported. The problems are listed in a table.",
    );
    const preview = { create: 9, update: 2, unchanged: 1, skipped: 0 };
    expect(statusAnnouncement({ ...base, status: "READY", preview })).toBe(
      "The file is ready to approve: 9 to create, 2 to update, 1 unchanged, 0 skipped.",
    );
    expect(statusAnnouncement({ ...base, status: "COMMITTED", preview })).toBe("Import finished. 9 invitations created, 2 updated, 1 unchanged.");
    expect(resultSentence({ kind: "STAFF", preview: { create: 1, update: 0, unchanged: 4, skipped: 2 } })).toBe(
      "1 staff record created, 0 updated, 4 unchanged, 2 skipped.",
    );
    for (const status of STATUSES) expect(statusHeading({ ...base, status }).length).toBeGreaterThan(0);
  });
});

describe("paging through an import's problems", () => {
  it("rule 11: pages of 50, each starting after the problems before it", () => {
    expect(errorsPage(0)).toEqual({ index: 0, first: 50, after: null });
    expect(errorsPage(2)).toEqual({ index: 2, first: 50, after: "100" });
    expect(errorsPageCount(0)).toBe(1);
    expect(errorsPageCount(50)).toBe(1);
    expect(errorsPageCount(51)).toBe(2);
    expect(errorsPageSummary(1, 23, 73)).toBe("Problems 51–73 of 73");
    expect(errorsPageSummary(0, 50, 1200)).toBe("Problems 1–50 of 1,200");
  });

  it("rule 11: numbers rows as a spreadsheet does, the header being row 1", () => {
    expect(rowLabel(1)).toBe("Header (row 1)");
    expect(rowLabel(2)).toBe("Row 2");
    expect(rowLabel(10001)).toBe("Row 10,001");
  });
});
