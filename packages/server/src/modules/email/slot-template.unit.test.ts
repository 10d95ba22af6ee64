import { describe, expect, it } from "vitest";
import { SlotTemplate } from "./slot-template.js";

const SLOTS = ["a", "b"] as const;

describe("SlotTemplate", () => {
  it("fills every occurrence of a slot, and at the edges", () => {
    expect(SlotTemplate.parse("{{a}}-{{b}}-{{a}}", SLOTS, "t").fill({ a: "1", b: "2" })).toBe("1-2-1");
  });

  it("does not re-read slots inside values", () => {
    expect(SlotTemplate.parse("x{{a}}y", SLOTS, "t").fill({ a: "{{b}}", b: "no" })).toBe("x{{b}}y");
  });

  it("refuses an unknown or broken slot at parse time", () => {
    expect(() => SlotTemplate.parse("{{c}}", SLOTS, "t")).toThrow(/unknown slot \{\{c\}\}/);
    expect(() => SlotTemplate.parse("{{ a }}", SLOTS, "t")).toThrow(/malformed/);
  });
});
