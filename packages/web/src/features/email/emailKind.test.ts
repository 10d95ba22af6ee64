import { describe, expect, it } from "vitest";
import { emailKindLabel, transportLabel } from "./emailKind";

describe("mailbox wording", () => {
  it("names each kind of email", () => {
    expect(emailKindLabel("access-granted")).toBe("Access granted");
    expect(emailKindLabel("invitation")).toBe("Invitation");
    expect(emailKindLabel("join_verification")).toBe("Join verification");
  });

  it("says when an email never left Lanyard", () => {
    expect(transportLabel("mailbox")).toBe("Mailbox only");
    expect(transportLabel(null)).toBe("—");
  });
});
