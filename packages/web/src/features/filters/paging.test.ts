import { describe, expect, it } from "vitest";
import { pageSummary } from "./paging";

const staff = (n: number) => `${n.toLocaleString("en-GB")} staff`;

describe("page summary", () => {
  it("gives the range on a known page", () => {
    expect(pageSummary({ pageIndex: 1, size: 25, shown: 25, total: 1312, things: staff })).toBe("Showing 26–50 of 1,312 staff");
  });
  it("gives only the count on a bookmarked page whose position is unknown", () => {
    expect(pageSummary({ pageIndex: null, size: 25, shown: 12, total: 312, things: staff })).toBe("Showing 12 of 312 staff");
  });
});
