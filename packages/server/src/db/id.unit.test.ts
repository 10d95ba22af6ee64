import { describe, expect, it } from "vitest";
import { newId } from "./id.js";

describe("newId", () => {
  it("makes UUID v7s that sort by time and never repeat, across many refills of the random pool", () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => newId(1_795_000_000_000 + Math.floor(i / 100)));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The first 48 bits are the time: a later millisecond always sorts after.
    expect(ids[100]! > ids[99]!).toBe(true);
    expect(ids[0]!.slice(0, 13)).toBe(newId(1_795_000_000_000).slice(0, 13));
  });
});
