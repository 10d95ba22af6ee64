import { describe, expect, it } from "vitest";
import {
  addDays,
  breakdownRows,
  expiringRange,
  formatHours,
  formatRate,
  headline,
  segmentStates,
  sentRange,
  stateRows,
  timeRows,
  timeWindow,
  weekStart,
  windowArgs,
} from "./statsRows";

const noDates = { sentFrom: null, sentTo: null };

describe("the time graph's window", () => {
  it("covers the last 30 days up to today, by day", () => {
    expect(timeWindow(noDates, "day", "2026-12-07")).toEqual({ from: "2026-11-08", to: "2026-12-07" });
  });

  it("covers 26 whole weeks from a Monday, by week", () => {
    // 7 Dec 2026 is a Monday; 25 weeks before it is 15 Jun 2026.
    expect(timeWindow(noDates, "week", "2026-12-07")).toEqual({ from: "2026-06-15", to: "2026-12-07" });
    expect(timeWindow(noDates, "week", "2026-12-10")).toEqual({ from: "2026-06-15", to: "2026-12-10" });
  });

  it("ends at the 'sent to' filter when it is earlier, and starts at 'sent from' when it is later", () => {
    expect(timeWindow({ sentFrom: "2026-11-20", sentTo: "2026-11-30" }, "day", "2026-12-07")).toEqual({ from: "2026-11-20", to: "2026-11-30" });
    // A long range still shows the last 30 days of it, and a 'sent to' in the future stops at today.
    expect(timeWindow({ sentFrom: "2020-01-01", sentTo: "2030-12-31" }, "day", "2026-12-07")).toEqual({ from: "2026-11-08", to: "2026-12-07" });
  });

  it("is empty when the sent dates are all still to come", () => {
    expect(timeWindow({ sentFrom: "2027-01-01", sentTo: null }, "day", "2026-12-07")).toBeNull();
  });

  it("asks the server for whole UTC days", () => {
    expect(windowArgs({ from: "2026-11-08", to: "2026-12-07" })).toEqual({ from: "2026-11-08T00:00:00.000Z", to: "2026-12-07T23:59:59.999Z" });
  });

  it("does day arithmetic in UTC across month, year and clock changes", () => {
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(weekStart("2027-01-03")).toBe("2026-12-28"); // a Sunday belongs to the week before
    expect(weekStart("2026-12-28")).toBe("2026-12-28");
  });
});

describe("the time graph's rows", () => {
  const window = { from: "2026-11-30", to: "2026-12-09" };

  it("has every day of the window, those without activity as zeros, and nothing outside it", () => {
    const rows = timeRows(
      [
        { day: "2026-11-29", sent: 50, accepted: 50 },
        { day: "2026-12-01", sent: 4, accepted: 1 },
        { day: "2026-12-03", sent: 2, accepted: 3 },
      ],
      { from: "2026-11-30", to: "2026-12-03" },
      "day",
    );
    expect(rows).toEqual([
      { key: "2026-11-30", sent: 0, accepted: 0 },
      { key: "2026-12-01", sent: 4, accepted: 1 },
      { key: "2026-12-02", sent: 0, accepted: 0 },
      { key: "2026-12-03", sent: 2, accepted: 3 },
    ]);
  });

  it("adds the days of each week into its Monday's row", () => {
    const rows = timeRows(
      [
        { day: "2026-11-30", sent: 1, accepted: 0 },
        { day: "2026-12-06", sent: 2, accepted: 1 },
        { day: "2026-12-07", sent: 5, accepted: 2 },
      ],
      window,
      "week",
    );
    expect(rows).toEqual([
      { key: "2026-11-30", sent: 3, accepted: 1 },
      { key: "2026-12-07", sent: 5, accepted: 2 },
    ]);
  });

  it("leads a day's bar to that day, and a week's to its days within the window", () => {
    expect(sentRange("2026-12-01", "day", window)).toEqual({ sentFrom: "2026-12-01", sentTo: "2026-12-01" });
    expect(sentRange("2026-11-30", "week", window)).toEqual({ sentFrom: "2026-11-30", sentTo: "2026-12-06" });
    // The last week is cut at the window's end (today, or the 'sent to' filter).
    expect(sentRange("2026-12-07", "week", window)).toEqual({ sentFrom: "2026-12-07", sentTo: "2026-12-09" });
    // A window starting mid-week: the first week starts with it.
    expect(sentRange("2026-11-30", "week", { from: "2026-12-02", to: "2026-12-09" })).toEqual({ sentFrom: "2026-12-02", sentTo: "2026-12-06" });
  });
});

describe("the graphs by state, school and product", () => {
  it("lists every state in lifecycle order, with zero for states that have none", () => {
    expect(stateRows([{ state: "EXPIRED", count: 3 }, { state: "PENDING", count: 12 }, { state: "ACCEPTED", count: 40 }])).toEqual([
      { state: "SCHEDULED", label: "Scheduled", count: 0 },
      { state: "PENDING", label: "Pending", count: 12 },
      { state: "ACCEPTED", label: "Accepted", count: 40 },
      { state: "DECLINED", label: "Declined", count: 0 },
      { state: "CANCELLED", label: "Cancelled", count: 0 },
      { state: "EXPIRED", label: "Expired", count: 3 },
    ]);
  });

  it("splits each school's total into accepted, pending and the rest, most invitations first", () => {
    expect(
      breakdownRows([
        { of: { id: "s2", name: "Birch Primary" }, total: 10, accepted: 6, pending: 3 },
        { of: { id: "s1", name: "Ash Academy" }, total: 25, accepted: 10, pending: 5 },
        { of: { id: "s3", name: "Alder School" }, total: 10, accepted: 0, pending: 10 },
      ]),
    ).toEqual([
      { id: "s1", name: "Ash Academy", total: 25, accepted: 10, pending: 5, other: 10 },
      { id: "s3", name: "Alder School", total: 10, accepted: 0, pending: 10, other: 0 },
      { id: "s2", name: "Birch Primary", total: 10, accepted: 6, pending: 3, other: 1 },
    ]);
  });

  it("narrows a segment of a bar to its states, within the states already filtered", () => {
    expect(segmentStates(undefined, [])).toBeNull();
    expect(segmentStates("accepted", [])).toEqual(["ACCEPTED"]);
    expect(segmentStates("pending", [])).toEqual(["PENDING"]);
    expect(segmentStates("other", [])).toEqual(["SCHEDULED", "DECLINED", "CANCELLED", "EXPIRED"]);
    expect(segmentStates("other", ["PENDING", "EXPIRED"])).toEqual(["EXPIRED"]);
    expect(segmentStates("accepted", ["PENDING"])).toEqual([]);
  });
});

describe("the headline numbers", () => {
  it("reads invited, accepted, pending and the rate from the stats", () => {
    expect(
      headline({
        total: 120,
        byState: [
          { state: "ACCEPTED", count: 45 },
          { state: "PENDING", count: 30 },
          { state: "EXPIRED", count: 45 },
        ],
        acceptanceRate: 0.375,
        medianHoursToAccept: 20.4,
      }),
    ).toEqual({ invited: 120, accepted: 45, pending: 30, acceptanceRate: 0.375, medianHoursToAccept: 20.4 });
    expect(headline({ total: 0, byState: [], acceptanceRate: 0, medianHoursToAccept: null })).toEqual({
      invited: 0,
      accepted: 0,
      pending: 0,
      acceptanceRate: 0,
      medianHoursToAccept: null,
    });
  });

  it("writes the rate to one decimal and the median time in words", () => {
    expect(formatRate(0.375)).toBe("37.5%");
    expect(formatRate(2 / 3)).toBe("66.7%");
    expect(formatRate(0)).toBe("0%");
    expect(formatRate(1)).toBe("100%");
    expect(formatHours(0.4)).toBe("under an hour");
    expect(formatHours(1.2)).toBe("about 1 hour");
    expect(formatHours(26.4)).toBe("about 26 hours");
    expect(formatHours(80)).toBe("about 3 days");
  });

  it("counts as expiring what is still open now and lapses within 7 days", () => {
    expect(expiringRange(new Date("2026-12-07T09:30:00.000Z"))).toEqual({
      expiresFrom: "2026-12-07T09:30:00.000Z",
      expiresTo: "2026-12-14T09:30:00.000Z",
    });
  });
});
