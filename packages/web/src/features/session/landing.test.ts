import { describe, expect, it } from "vitest";
import { landingAfterSignIn } from "./landing";

describe("where signing in lands", () => {
  it("returns to the page the person was sent away from, with its filters", () => {
    expect(landingAfterSignIn("/staff")).toBe("/staff");
    expect(landingAfterSignIn("/invitations?view=people&states=PENDING")).toBe("/invitations?view=people&states=PENDING");
  });

  it("opens the Dashboard when there is nowhere to return to", () => {
    expect(landingAfterSignIn(undefined)).toBe("/");
    expect(landingAfterSignIn(null)).toBe("/");
    expect(landingAfterSignIn("")).toBe("/");
  });

  it("never leaves for another site, nor back to the sign-in page", () => {
    for (const from of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "/sign-in", "/sign-in?x=1"]) {
      expect(landingAfterSignIn(from), from).toBe("/");
    }
  });
});
