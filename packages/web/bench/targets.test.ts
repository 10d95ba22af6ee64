import { describe, expect, it } from "vitest";
import { formatVerdicts, judge, medianRun, type PageFigures } from "./targets";

const fast: PageFigures = { performance: 0.98, lcpMs: 1500, fcpMs: 1100, tbtMs: 40, cls: 0, transferredBytes: 120 * 1024, unusedJsBytes: 0 };

describe("judging a page's Lighthouse figures", () => {
  it("passes a page that meets every target, edges included", () => {
    const verdicts = judge({ ...fast, performance: 0.95, lcpMs: 2000, transferredBytes: 150 * 1024 });
    expect(verdicts.every((v) => v.met)).toBe(true);
  });

  it("misses each figure past its limit, and only that one", () => {
    const verdicts = judge({ ...fast, lcpMs: 7700, transferredBytes: 1238 * 1024 });
    expect(verdicts.filter((v) => !v.met).map((v) => v.label)).toEqual(["largest contentful paint", "transferred"]);
  });

  it("prints each figure beside its target", () => {
    const lines = formatVerdicts(judge({ ...fast, performance: 0.58, lcpMs: 7700 }));
    expect(lines[0]).toMatch(/performance\s+0\.58\s+target ≥ 0\.95\s+MISS/);
    expect(lines[1]).toMatch(/largest contentful paint\s+7\.70 s\s+target ≤ 2\.00 s\s+MISS/);
    expect(lines[5]).toMatch(/transferred\s+120 KiB\s+target ≤ 150 KiB\s+PASS/);
  });
});

describe("choosing the run to report", () => {
  const run = (performance: number) => ({ figures: { ...fast, performance } });

  it("takes the run with the median score", () => {
    expect(medianRun([run(0.9), run(0.97), run(0.93)]).figures.performance).toBe(0.93);
  });

  it("takes the lower middle of an even count, and the only run of one", () => {
    expect(medianRun([run(0.99), run(0.9)]).figures.performance).toBe(0.9);
    expect(medianRun([run(0.5)]).figures.performance).toBe(0.5);
  });
});
