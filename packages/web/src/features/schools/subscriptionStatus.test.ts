import { describe, expect, it } from "vitest";
import { sortSubscriptions, subscriptionStatus } from "./subscriptionStatus";

const now = new Date("2026-03-01T00:00:00Z");

describe("subscription status", () => {
  it("trusts the server's active flag", () => {
    expect(subscriptionStatus({ active: true, startsAt: "2025-09-01T00:00:00Z" }, now)).toBe("active");
  });
  it("calls an inactive subscription that starts later upcoming, and one that started before ended", () => {
    expect(subscriptionStatus({ active: false, startsAt: "2026-09-01T00:00:00Z" }, now)).toBe("upcoming");
    expect(subscriptionStatus({ active: false, startsAt: "2024-09-01T00:00:00Z" }, now)).toBe("ended");
  });
  it("lists active first, then upcoming, then ended, by product name", () => {
    const sub = (name: string, active: boolean, startsAt: string) => ({ active, startsAt, product: { name } });
    const sorted = sortSubscriptions(
      [
        sub("Tracker", false, "2024-01-01T00:00:00Z"),
        sub("MIS", true, "2024-01-01T00:00:00Z"),
        sub("Arbor", false, "2027-01-01T00:00:00Z"),
        sub("HR", true, "2024-01-01T00:00:00Z"),
      ],
      now,
    );
    expect(sorted.map((s) => s.product.name)).toEqual(["HR", "MIS", "Arbor", "Tracker"]);
  });
});
