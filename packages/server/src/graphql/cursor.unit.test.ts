import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { checkPageSize, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE, type SortKey } from "./cursor.js";

interface Row { name: string; createdAt: Date; id: string }
const BY_NAME: SortKey<Row>[] = [
  { column: "t.name", direction: "ASC", value: (r) => r.name },
  { column: "t.id", direction: "ASC", value: (r) => r.id },
];
const BY_DATE: SortKey<Row>[] = [
  { column: "t.created_at", direction: "DESC", value: (r) => r.createdAt, date: true },
  { column: "t.id", direction: "DESC", value: (r) => r.id },
];

/** The error code a call throws, or "none". */
function codeOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return String((error as GraphQLError).extensions.code);
  }
  return "none";
}

describe("cursors", () => {
  it("round-trips the sort key values, with dates as dates", () => {
    const at = new Date("2026-11-24T09:30:00.123Z");
    expect(decodeCursor(encodeCursor(["Ashby, \"the\" school ✓", "id-1"]), BY_NAME)).toEqual(["Ashby, \"the\" school ✓", "id-1"]);
    expect(decodeCursor(encodeCursor([at, "id-2"]), BY_DATE)).toEqual([at, "id-2"]);
  });

  it("is opaque and safe in a URL", () => {
    const cursor = encodeCursor(["Brook Lane / Academy?", "x+y"]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("refuses anything that is not a cursor of this list with BAD_USER_INPUT on `after`", () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    for (const cursor of ["", "garbage!!", "bm90IGpzb24", forged({ name: "x" }), forged(["only one"]), forged(["a", "b", "c"]), forged([{ nested: 1 }, "id"]), forged([null, "id"])]) {
      expect(codeOf(() => decodeCursor(cursor, BY_NAME)), cursor).toBe("BAD_USER_INPUT");
    }
    const error = (() => {
      try {
        decodeCursor("garbage", BY_NAME);
      } catch (e) {
        return e as GraphQLError;
      }
      return null;
    })();
    expect(error?.extensions.field).toEqual(["after"]);
    expect(error?.message).toMatch(/endCursor/);
  });

  it("refuses a cursor whose date is not a date, rather than querying with it", () => {
    for (const value of ["not a date", 1_700_000_000_000]) {
      const forged = Buffer.from(JSON.stringify([value, "id"])).toString("base64url");
      expect(codeOf(() => decodeCursor(forged, BY_DATE)), String(value)).toBe("BAD_USER_INPUT");
    }
  });
});

describe("page size", () => {
  it(`defaults to ${DEFAULT_PAGE_SIZE}`, () => {
    expect(checkPageSize(undefined)).toBe(50);
    expect(checkPageSize(null)).toBe(50);
  });

  it(`accepts 1 to ${MAX_PAGE_SIZE}`, () => {
    expect(checkPageSize(1)).toBe(1);
    expect(checkPageSize(100)).toBe(100);
  });

  it("refuses other sizes with BAD_USER_INPUT naming the limit, never cutting silently", () => {
    for (const size of [0, -1, 101, 1000, 2.5]) {
      expect(codeOf(() => checkPageSize(size)), String(size)).toBe("BAD_USER_INPUT");
    }
    expect(() => checkPageSize(101)).toThrow(/between 1 and 100 \(got 101\)/);
  });
});
