import { describe, expect, it } from "vitest";
import { DEFAULT_TIMING, resolveTiming } from "./timing";

const now = new Date(2026, 2, 2, 10, 0, 0); // 2 Mar 2026, 10:00 local

describe("when the invitations go out and expire (rule 6)", () => {
  it("notifies now with the trust's default expiry, left to the server", () => {
    const t = resolveTiming(DEFAULT_TIMING, 14, now);
    expect(t).toMatchObject({ sendAt: null, expiresAt: null, problem: null });
    expect(t.effectiveExpiry).toEqual(new Date(2026, 2, 16, 10, 0, 0));
  });

  it("gives a scheduled invitation its full default period from the send time", () => {
    const t = resolveTiming({ ...DEFAULT_TIMING, mode: "schedule", sendAt: "2026-03-09 08:30:00" }, 14, now);
    expect(t.problem).toBeNull();
    expect(t.sendAt).toBe(new Date(2026, 2, 9, 8, 30).toISOString());
    expect(t.expiresAt).toBe(new Date(2026, 2, 23, 8, 30).toISOString());
  });

  it("lets a chosen expiry day run to its end", () => {
    const t = resolveTiming({ ...DEFAULT_TIMING, customExpiry: true, expiresOn: "2026-03-05" }, 14, now);
    expect(t.expiresAt).toBe(new Date(2026, 2, 5, 23, 59, 59, 999).toISOString());
  });

  it("asks for a send time, in the future", () => {
    expect(resolveTiming({ ...DEFAULT_TIMING, mode: "schedule" }, 14, now).problem).toMatch(/date and time/);
    expect(resolveTiming({ ...DEFAULT_TIMING, mode: "schedule", sendAt: "2026-03-01 09:00:00" }, 14, now).problem).toMatch(
      /future/,
    );
  });

  it("refuses links that would expire before the email goes out", () => {
    const t = resolveTiming(
      { mode: "schedule", sendAt: "2026-03-09 08:30:00", customExpiry: true, expiresOn: "2026-03-06" },
      14,
      now,
    );
    expect(t.problem).toMatch(/expire before/);
  });

  it("asks for the expiry day once a custom expiry is chosen", () => {
    expect(resolveTiming({ ...DEFAULT_TIMING, customExpiry: true }, 14, now).problem).toMatch(/last day/);
  });
});
