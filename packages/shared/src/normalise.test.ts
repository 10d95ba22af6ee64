import { describe, expect, it } from "vitest";
import { normaliseEmail, normaliseName, normaliseUrn } from "./normalise.js";
import { emailSchema, passwordSchema, staffRowSchema, urnSchema } from "./schemas.js";

describe("normalisation", () => {
  it("matches emails without regard to case or surrounding spaces", () => {
    expect(normaliseEmail("  Jo.Bloggs@Oak.SCH.uk ")).toBe("jo.bloggs@oak.sch.uk");
  });
  it("drops spaces inside a URN", () => {
    expect(normaliseUrn(" 137 421 ")).toBe("137421");
  });
  it("collapses repeated spaces in names", () => {
    expect(normaliseName("  Mary   Ann ")).toBe("Mary Ann");
  });
});

describe("shared validation", () => {
  it("accepts 6 and 7 digit URNs and rejects others with a fix", () => {
    expect(urnSchema.parse("137421")).toBe("137421");
    expect(urnSchema.parse("1374210")).toBe("1374210");
    const bad = urnSchema.safeParse("12345");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/6 or 7 digits/);
  });
  it("normalises then validates emails", () => {
    expect(emailSchema.parse(" A@B.ORG ")).toBe("a@b.org");
    expect(emailSchema.safeParse("not-an-email").success).toBe(false);
  });
  it("rejects short passwords", () => {
    expect(passwordSchema.safeParse("short").success).toBe(false);
    expect(passwordSchema.safeParse("correct horse battery").success).toBe(true);
  });
  it("validates a roster row and empties a blank job title", () => {
    const row = staffRowSchema.parse({ misId: " 42 ", firstName: "Ann", lastName: "Lee", email: "Ann@X.org", jobTitle: " " });
    expect(row).toEqual({ misId: "42", firstName: "Ann", lastName: "Lee", email: "ann@x.org", jobTitle: null });
  });
});
