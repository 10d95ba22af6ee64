import { describe, expect, it } from "vitest";
import {
  clearedFilters,
  criteriaKey,
  DEFAULT_INVITATION_FILTERS,
  hasInvitationFilters,
  invitationFilterCodec,
  peopleAtSchool,
  toInvitationFilterInput,
  withFilterChange,
  type InvitationFilters,
} from "./invitationFilters";

const parse = (query: string) => invitationFilterCodec.parse(new URLSearchParams(query));
const serialise = (f: InvitationFilters) => invitationFilterCodec.serialise(f).toString();

const everything: InvitationFilters = {
  view: "people",
  search: "ana lopez",
  states: ["SCHEDULED", "PENDING"],
  product: "p1",
  role: "r1",
  cohort: "c1",
  school: "s1",
  sentFrom: "2026-01-05",
  sentTo: "2026-01-31",
  delivery: "FAILED",
  unresolved: true,
  size: 50,
  after: "cursor",
  open: "i9",
};

describe("invitation filters in the URL", () => {
  it("reads every filter", () => {
    expect(
      parse(
        "view=people&q=ana+lopez&states=PENDING,SCHEDULED&product=p1&role=r1&cohort=c1&school=s1&from=2026-01-05&to=2026-01-31&delivery=FAILED&unresolved=1&size=50&after=cursor&open=i9",
      ),
    ).toEqual(everything);
  });

  it("round-trips every value", () => {
    expect(parse(serialise(everything))).toEqual(everything);
  });

  it("leaves defaults and blanks out of the URL", () => {
    expect(serialise(DEFAULT_INVITATION_FILTERS)).toBe("");
    expect(serialise({ ...DEFAULT_INVITATION_FILTERS, view: "people", states: ["PENDING"] })).toBe(
      "view=people&states=PENDING",
    );
  });

  it("falls back to defaults for a missing or hand-edited value", () => {
    expect(parse("")).toEqual(DEFAULT_INVITATION_FILTERS);
    const edited = parse("view=map&states=PENDING,nope,pending&delivery=LOST&from=yesterday&to=2026-13-45&size=7&unresolved=yes");
    expect(edited).toEqual({ ...DEFAULT_INVITATION_FILTERS, states: ["PENDING"] });
  });

  it("ignores a role or cohort without the product they belong to", () => {
    expect(parse("role=r1&cohort=c1")).toMatchObject({ product: null, role: null, cohort: null });
  });
});

describe("the GraphQL filter", () => {
  it("is undefined when nothing narrows the list (view, paging and the drawer don't)", () => {
    const unfiltered = { ...DEFAULT_INVITATION_FILTERS, view: "people" as const, size: 100 as const, after: "c", open: "i1" };
    expect(toInvitationFilterInput(unfiltered)).toBeUndefined();
    expect(hasInvitationFilters(unfiltered)).toBe(false);
  });

  it("carries every field, with the sent dates covering whole local days", () => {
    expect(toInvitationFilterInput(everything)).toEqual({
      search: "ana lopez",
      states: ["SCHEDULED", "PENDING"],
      productId: "p1",
      roleId: "r1",
      cohortId: "c1",
      schoolId: "s1",
      sentFrom: new Date(2026, 0, 5, 0, 0, 0, 0).toISOString(),
      sentTo: new Date(2026, 0, 31, 23, 59, 59, 999).toISOString(),
      delivery: "FAILED",
      unresolved: true,
    });
  });
});

describe("changing filters", () => {
  it("goes back to the first page and closes the drawer", () => {
    const onPage3 = { ...DEFAULT_INVITATION_FILTERS, after: "cursor", open: "i1" };
    expect(withFilterChange(onPage3, { states: ["PENDING"] })).toEqual({ ...DEFAULT_INVITATION_FILTERS, states: ["PENDING"] });
  });

  it("clears the role and cohort when the product changes, not otherwise", () => {
    expect(withFilterChange(everything, { product: "p2" })).toMatchObject({ product: "p2", role: null, cohort: null });
    expect(withFilterChange(everything, { search: "x" })).toMatchObject({ product: "p1", role: "r1", cohort: "c1" });
  });

  it("opens a school's people from the organisation view with the other filters kept", () => {
    const org = { ...DEFAULT_INVITATION_FILTERS, states: ["PENDING" as const] };
    expect(peopleAtSchool(org, "s7")).toEqual({ ...org, view: "people", school: "s7" });
  });

  it("clears every filter but keeps the view and page size", () => {
    expect(clearedFilters(everything)).toEqual({ ...DEFAULT_INVITATION_FILTERS, view: "people", size: 50 });
  });

  it("keys a selection to what matches, not to paging or the drawer", () => {
    expect(criteriaKey({ ...everything, after: null, open: null, size: 25 })).toBe(criteriaKey(everything));
    expect(criteriaKey({ ...everything, school: "s2" })).not.toBe(criteriaKey(everything));
  });
});
