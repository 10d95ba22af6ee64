import { describe, expect, it } from "vitest";
import {
  DEFAULT_STAFF_FILTERS,
  staffFilterCodec,
  toStaffFilterInput,
  withFilterChange,
} from "./staffFilters";

const parse = (query: string) => staffFilterCodec.parse(new URLSearchParams(query));

describe("staff roster filters in the URL", () => {
  it("reads search, school, page size and cursor", () => {
    expect(parse("q=smith&school=s7&size=50&after=abc")).toEqual({
      search: "smith",
      school: "s7",
      size: 50,
      after: "abc",
    });
  });

  it("falls back to defaults for a missing or hand-edited value", () => {
    expect(parse("")).toEqual(DEFAULT_STAFF_FILTERS);
    expect(parse("size=1000&school=%20%20").size).toBe(25);
    expect(parse("size=1000&school=%20%20").school).toBeNull();
  });

  it("leaves defaults and blanks out of the URL", () => {
    expect(staffFilterCodec.serialise(DEFAULT_STAFF_FILTERS).toString()).toBe("");
    expect(staffFilterCodec.serialise({ ...DEFAULT_STAFF_FILTERS, search: "  ", size: 100 }).toString()).toBe(
      "size=100",
    );
  });

  it("round-trips every value", () => {
    const filters = { search: "Ana Lopez", school: "s1", size: 100 as const, after: "c2" };
    expect(parse(staffFilterCodec.serialise(filters).toString())).toEqual(filters);
  });

  it("goes back to the first page when a filter changes", () => {
    const onPage3 = { ...DEFAULT_STAFF_FILTERS, after: "cursor" };
    expect(withFilterChange(onPage3, { search: "lee" })).toEqual({ ...DEFAULT_STAFF_FILTERS, search: "lee" });
  });

  it("sends only the filters that are set to the API", () => {
    expect(toStaffFilterInput(DEFAULT_STAFF_FILTERS)).toBeUndefined();
    expect(toStaffFilterInput({ ...DEFAULT_STAFF_FILTERS, school: "s2" })).toEqual({ schoolId: "s2" });
    expect(toStaffFilterInput({ ...DEFAULT_STAFF_FILTERS, search: "lee", school: "s2" })).toEqual({
      search: "lee",
      schoolId: "s2",
    });
  });
});
