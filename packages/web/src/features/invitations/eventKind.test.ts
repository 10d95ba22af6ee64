import { describe, expect, it } from "vitest";
import { eventActor, eventLabel } from "./eventKind";

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
