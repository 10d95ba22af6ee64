import { describe, expect, it } from "vitest";
import { dashboardFilterCodec, invitationsHref, withCriteriaChange, withoutCriteria } from "./dashboardFilters";

const parse = (query: string) => dashboardFilterCodec.parse(new URLSearchParams(query));
const params = (href: string) => Object.fromEntries(new URL(href, "http://lanyard.test").searchParams);

describe("the Dashboard's filters in the URL", () => {
  it("reads the Invitations screen's filters under the same names, and the time step", () => {
    const f = parse("states=PENDING,ACCEPTED&school=s1&product=p1&role=r1&from=2026-11-01&to=2026-11-30&delivery=FAILED&q=ana&by=week");
    expect(f.by).toBe("week");
    expect(f.criteria).toMatchObject({
      states: ["PENDING", "ACCEPTED"],
      school: "s1",
      product: "p1",
      role: "r1",
      sentFrom: "2026-11-01",
      sentTo: "2026-11-30",
      delivery: "FAILED",
      search: "ana",
    });
  });

  it("writes back only what is set, with the time step left out when it is days", () => {
    const f = parse("states=EXPIRED&by=week");
    expect(dashboardFilterCodec.serialise(f).toString()).toBe("states=EXPIRED&by=week");
    expect(dashboardFilterCodec.serialise({ ...f, by: "day" }).toString()).toBe("states=EXPIRED");
    expect(parse("by=month").by).toBe("day");
  });

  it("clears a product's role and cohort with the product, and keeps the time step when clearing", () => {
    const f = parse("product=p1&role=r1&cohort=c1&by=week");
    expect(withCriteriaChange(f, { product: "p2" }).criteria).toMatchObject({ product: "p2", role: null, cohort: null });
    const cleared = withoutCriteria(f);
    expect(cleared.by).toBe("week");
    expect(dashboardFilterCodec.serialise(cleared).toString()).toBe("by=week");
  });
});

describe("a bar's link to the Invitations screen", () => {
  const criteria = parse("product=p1&role=r1&from=2026-11-01").criteria;

  it("opens the people view with the Dashboard's filters and the bar's own narrowing", () => {
    expect(invitationsHref(criteria, { states: ["PENDING"] })).toMatch(/^\/invitations\?/);
    expect(params(invitationsHref(criteria, { states: ["PENDING"] }))).toEqual({
      view: "people",
      states: "PENDING",
      product: "p1",
      role: "r1",
      from: "2026-11-01",
    });
    expect(params(invitationsHref(criteria, { school: "s9", states: ["ACCEPTED"] }))).toMatchObject({ school: "s9", states: "ACCEPTED" });
    expect(params(invitationsHref(criteria, { sentFrom: "2026-12-01", sentTo: "2026-12-01" }))).toMatchObject({ from: "2026-12-01", to: "2026-12-01" });
  });

  it("drops the role when the bar is another product's", () => {
    expect(params(invitationsHref(criteria, { product: "p2" }))).toEqual({ view: "people", product: "p2", from: "2026-11-01" });
    expect(params(invitationsHref(criteria, { product: "p1" }))).toMatchObject({ product: "p1", role: "r1" });
  });
});
