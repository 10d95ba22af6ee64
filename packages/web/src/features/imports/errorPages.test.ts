import { describe, expect, it } from "vitest";
import { errorsPage, errorsPageSummary, skippedPageSummary, updatedPageSummary } from "./errorPages";

describe("paging an import's problems and skipped rows", () => {
  it("sends as `after` how many were read already", () => {
    expect(errorsPage(0)).toEqual({ index: 0, first: 50, after: null });
    expect(errorsPage(2)).toEqual({ index: 2, first: 50, after: "100" });
  });

  it("says which rows a page shows, of how many", () => {
    expect(errorsPageSummary(1, 23, 73)).toBe("Problems 51–73 of 73");
    expect(skippedPageSummary(0, 50, 1234)).toBe("Skipped rows 1–50 of 1,234");
    expect(skippedPageSummary(3, 0, 120)).toBe("No skipped rows on this page, of 120");
    expect(updatedPageSummary(1, 2, 52)).toBe("Rows to update 51–52 of 52");
  });
});
