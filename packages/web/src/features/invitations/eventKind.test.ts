import { afterEach, describe, expect, it, vi } from "vitest";
import { eventActor, eventDetail, eventLabel } from "./eventKind";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("invitation history wording", () => {
  it("names known kinds and makes words of unknown ones", () => {
    expect(eventLabel("DELIVERY_FAILED")).toBe("Delivery failed");
    expect(eventLabel("APPROVED_BY_SCHOOL")).toBe("Approved by school");
  });

  it("says who acted: the admin, the invitee, or Lanyard itself", () => {
    expect(eventActor({ kind: "RESENT", actorEmail: "admin@oak.test" })).toBe("by admin@oak.test");
    expect(eventActor({ kind: "ACCEPTED", actorEmail: null })).toBe("by the invitee");
    expect(eventActor({ kind: "EXPIRED", actorEmail: null })).toBe("automatically");
  });
});

describe("invitation history dates", () => {
  it("shows the time a step refers to in the reader's zone and the app's date format, never as UTC text", () => {
    vi.stubEnv("TZ", "Europe/London"); // British Summer Time: 16:39 UTC is 17:39 here
    expect(eventDetail({ kind: "RESENT", detail: "a new link", date: "2026-07-10T16:39:27.123Z" })).toBe("a new link, expiring 10 Jul 2026, 17:39");
    expect(eventDetail({ kind: "SCHEDULED", detail: "to be emailed later", date: "2026-07-10T06:30:00.000Z" })).toBe("to be emailed on 10 Jul 2026, 07:30");
    vi.stubEnv("TZ", "America/New_York");
    expect(eventDetail({ kind: "RESENT", detail: "a new link", date: "2026-12-10T03:05:00.000Z" })).toBe("a new link, expiring 9 Dec 2026, 22:05");
  });

  it("keeps the words of a step without a date, and adds a date to the words of a kind it doesn't know", () => {
    expect(eventDetail({ kind: "SENT", detail: "invitation email delivered", date: null })).toBe("invitation email delivered");
    expect(eventDetail({ kind: "CANCELLED", detail: null })).toBeNull();
    vi.stubEnv("TZ", "UTC");
    expect(eventDetail({ kind: "PAUSED", detail: "held by the school", date: "2026-12-10T16:39:00.000Z" })).toBe("held by the school (10 Dec 2026, 16:39)");
  });
});
