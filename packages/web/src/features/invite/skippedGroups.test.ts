import { describe, expect, it } from "vitest";
import { groupSkipped } from "./skippedGroups";

describe("skipped items, grouped for reading", () => {
  it("puts everyone skipped for the same product, school and reason on one row", () => {
    const groups = groupSkipped([
      { email: "a@x.test", productId: "tt", schoolId: "s1", reason: "NO_SUBSCRIPTION" },
      { email: "b@x.test", productId: "tt", schoolId: "s1", reason: "NO_SUBSCRIPTION" },
      { email: "a@x.test", productId: "tt", schoolId: "s2", reason: "NO_SUBSCRIPTION" },
      { email: "a@x.test", productId: "cpd", schoolId: "s1", reason: "ALREADY_INVITED" },
      { email: "a@x.test", productId: "tt", schoolId: "s1", reason: "NO_SUBSCRIPTION" },
    ]);
    expect(groups).toEqual([
      { reason: "NO_SUBSCRIPTION", productId: "tt", schoolId: "s1", emails: ["a@x.test", "b@x.test"] },
      { reason: "NO_SUBSCRIPTION", productId: "tt", schoolId: "s2", emails: ["a@x.test"] },
      { reason: "ALREADY_INVITED", productId: "cpd", schoolId: "s1", emails: ["a@x.test"] },
    ]);
  });

  it("keeps trust-level items (no school) apart from school ones", () => {
    const groups = groupSkipped([
      { email: "a@x.test", productId: "hr", schoolId: null, reason: "ALREADY_HAS_ACCESS" },
      { email: "b@x.test", productId: "hr", schoolId: null, reason: "ALREADY_HAS_ACCESS" },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.schoolId).toBeNull();
  });
});
