import { describe, expect, it } from "vitest";
import { eligibleSchoolIds, schoolEligibility } from "./eligibility";

const mis = { id: "mis", name: "MIS" };
const tracker = { id: "track", name: "Tracker" };
const school = (id: string, subs: [string, boolean][]) => ({
  id,
  subscriptions: subs.map(([product, active]) => ({ active, product: { id: product } })),
});

describe("which schools can be ticked (rule 2)", () => {
  it("allows a school with an active subscription to the product", () => {
    const e = schoolEligibility(school("a", [["mis", true]]), [mis]);
    expect(e).toMatchObject({ eligible: true, note: null });
  });

  it("refuses a school whose subscription ended or hasn't started, and says why", () => {
    const e = schoolEligibility(school("b", [["mis", false], ["track", true]]), [mis]);
    expect(e.eligible).toBe(false);
    expect(e.note).toBe("No active MIS subscription");
  });

  it("allows a school with some of several products, naming what is skipped there", () => {
    const e = schoolEligibility(school("c", [["track", true]]), [mis, tracker]);
    expect(e.eligible).toBe(true);
    expect(e.subscribed.map((p) => p.id)).toEqual(["track"]);
    expect(e.note).toBe("No active MIS subscription: it is skipped here");
  });

  it("names every missing product when none can be granted", () => {
    expect(schoolEligibility(school("d", []), [mis, tracker]).note).toBe("No active MIS or Tracker subscription");
  });

  it("picks every eligible school for 'All eligible schools'", () => {
    const schools = [school("a", [["mis", true]]), school("b", []), school("c", [["track", true]])];
    expect(eligibleSchoolIds(schools, [mis])).toEqual(["a"]);
    expect(eligibleSchoolIds(schools, [mis, tracker])).toEqual(["a", "c"]);
  });
});
