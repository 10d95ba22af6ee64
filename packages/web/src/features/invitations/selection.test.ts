import { describe, expect, it } from "vitest";
import {
  NOTHING_SELECTED,
  offersAllMatching,
  pageSelection,
  selectedCount,
  toggleRow,
  togglePage,
  toSelectionInput,
  type Selection,
} from "./selection";

const page = ["a", "b", "c"];
const ids = (...list: string[]): Selection => ({ kind: "ids", ids: new Set(list) });

describe("selecting invitations", () => {
  it("ticks and unticks single rows", () => {
    const one = toggleRow(NOTHING_SELECTED, "a", page);
    expect(pageSelection(one, page)).toBe("some");
    expect(pageSelection(toggleRow(one, "a", page), page)).toBe("none");
  });

  it("ticks the whole page, then unticks it, keeping rows ticked on other pages", () => {
    const all = togglePage(ids("z"), page);
    expect(pageSelection(all, page)).toBe("all");
    expect(selectedCount(all, 100)).toBe(4);
    expect(togglePage(all, page)).toEqual(ids("z"));
  });

  it("offers every matching invitation once the page is ticked and more match", () => {
    expect(offersAllMatching(ids("a", "b"), page, 40)).toBe(false);
    expect(offersAllMatching(ids("a", "b", "c"), page, 40)).toBe(true);
    expect(offersAllMatching(ids("a", "b", "c"), page, 3)).toBe(false);
    expect(offersAllMatching({ kind: "allMatching" }, page, 40)).toBe(false);
  });

  it("counts all matching as the filter's total", () => {
    expect(selectedCount({ kind: "allMatching" }, 37)).toBe(37);
    expect(pageSelection({ kind: "allMatching" }, page)).toBe("all");
  });

  it("unticking one row of all matching leaves the rest of the page", () => {
    expect(toggleRow({ kind: "allMatching" }, "b", page)).toEqual(ids("a", "c"));
  });

  it("sends ids for ticked rows and the filter for all matching", () => {
    expect(toSelectionInput(ids("a", "b"), { states: ["PENDING"] })).toEqual({ ids: ["a", "b"] });
    expect(toSelectionInput({ kind: "allMatching" }, { states: ["PENDING"] })).toEqual({ filter: { states: ["PENDING"] } });
    expect(toSelectionInput({ kind: "allMatching" }, undefined)).toEqual({ filter: {} });
  });
});
