import { describe, expect, it } from "vitest";
import { invitationExportHref } from "./invitationExport";
import { DEFAULT_INVITATION_FILTERS } from "./invitationFilters";

describe("invitationExportHref", () => {
  it("rule 12: exports the whole list when nothing is filtered", () => {
    expect(invitationExportHref(DEFAULT_INVITATION_FILTERS)).toBe("/api/exports/invitations.csv");
  });

  it("rule 12: carries the screen's filters as the export's query parameters, states comma-separated", () => {
    const href = invitationExportHref({ ...DEFAULT_INVITATION_FILTERS, states: ["PENDING", "EXPIRED"], school: "s1", product: "p1", role: "r1", search: "ada", unresolved: true });
    const url = new URL(href, "https://lanyard.test");
    expect(url.pathname).toBe("/api/exports/invitations.csv");
    expect(Object.fromEntries(url.searchParams)).toEqual({ states: "PENDING,EXPIRED", schoolId: "s1", productId: "p1", roleId: "r1", search: "ada", unresolved: "true" });
  });
});
