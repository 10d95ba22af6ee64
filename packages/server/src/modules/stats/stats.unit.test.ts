import { describe, expect, it } from "vitest";
import { histogramMedian, MAX_DAYS, statsDays } from "./stats.service.js";

describe("invitationStats' days and median", () => {
  it("covers the last 30 UTC days by default, today included, and a range of one's own day by day", () => {
    const now = new Date("2026-03-10T15:00:00Z");
    const days = statsDays(null, null, now);
    expect(days).toHaveLength(30);
    expect([days[0], days[29]]).toEqual(["2026-02-09", "2026-03-10"]);
    expect(statsDays(new Date("2026-02-27T23:59:59Z"), new Date("2026-03-01T00:00:00Z"), now)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
    expect(statsDays(null, new Date("2026-01-05T10:00:00Z"), now)[0]).toBe("2025-12-07");
  });

  it("refuses a backwards or too long range, saying how to fix it", () => {
    expect(() => statsDays(new Date("2026-03-02T00:00:00Z"), new Date("2026-03-01T00:00:00Z"))).toThrow(/swap them/);
    expect(() => statsDays(new Date("2020-01-01T00:00:00Z"), new Date("2026-01-01T00:00:00Z"))).toThrow(new RegExp(`at most ${MAX_DAYS} days`));
  });

  it("takes the median of a histogram: the middle value, or the mean of the two middle values", () => {
    expect(histogramMedian([])).toBeNull();
    expect(histogramMedian([{ value: 5, n: 0 }])).toBeNull();
    expect(histogramMedian([{ value: 7, n: 1 }])).toBe(7);
    expect(histogramMedian([{ value: 10, n: 1 }, { value: 2, n: 1 }])).toBe(6);
    expect(histogramMedian([{ value: 1, n: 2 }, { value: 9, n: 1 }])).toBe(1);
    expect(histogramMedian([{ value: 1, n: 2 }, { value: 3, n: 2 }])).toBe(2);
    expect(histogramMedian([{ value: 4, n: 3 }, { value: 1, n: 1 }, { value: 100, n: 1 }])).toBe(4);
  });
});
