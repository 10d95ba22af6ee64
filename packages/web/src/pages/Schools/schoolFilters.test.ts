import { describe, expect, it } from "vitest";
import { EMPTY_SCHOOL_FILTERS, schoolFilterCodec, toSchoolFilterInput } from "./schoolFilters";

describe("schools filters in the URL", () => {
  it("round-trips search, phase and product", () => {
    const filters = { search: "SW1A 1AA", phase: "Primary", product: "p3" };
    const query = schoolFilterCodec.serialise(filters).toString();
    expect(query).toBe("q=SW1A+1AA&phase=Primary&product=p3");
    expect(schoolFilterCodec.parse(new URLSearchParams(query))).toEqual(filters);
  });

  it("maps the product filter to subscribedTo and omits what is unset", () => {
    expect(toSchoolFilterInput(EMPTY_SCHOOL_FILTERS)).toBeUndefined();
    expect(toSchoolFilterInput({ ...EMPTY_SCHOOL_FILTERS, product: "p3" })).toEqual({ subscribedTo: "p3" });
  });
});
