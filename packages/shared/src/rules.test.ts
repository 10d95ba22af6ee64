import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EMAIL_PATTERN, emailRuleProblem, passwordRuleProblem, personNameRuleProblem } from "./rules.js";
import { emailSchema, passwordSchema, personNameSchema } from "./schemas.js";

/** The zod schema's answer in the rules' terms: its first message, or null when it accepts. */
function zodAnswer(schema: z.ZodType, value: string): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? "?");
}

const emails = [
  "jo@oak.sch.uk", "  Jo.Bloggs@Oak.SCH.uk ", "o'neill+staff@school.org.uk", "first.last@sub.domain.example",
  "", "   ", "not-an-email", "jo@", "@oak.sch.uk", "jo@oak", "jo@@oak.sch.uk", "jo..x@oak.sch.uk", ".jo@oak.sch.uk",
  "jo.@oak.sch.uk", "jo@-oak.sch.uk", "jo@oak.s", "jo bloggs@oak.sch.uk", "jö@oak.sch.uk", `${"a".repeat(250)}@oak.sch.uk`,
  `${"a".repeat(240)}@oak.sch.uk`,
];
const names = ["Jane", "  Jane   Hall ", "", "   ", "x", "a".repeat(100), "a".repeat(101), ` ${"b".repeat(100)} `];
const passwords = [
  "", "short", "elevenchars", "twelve-chars", "abababababab", "aaaaaaaaaaaaaaaa", "abcdeabcdeab", "abcdabcdabcd",
  "correct horse battery staple", "x".repeat(256), `${"abcde".repeat(51)}x`, `${"abcde".repeat(52)}`,
];

describe("the browser's form rules agree with the server's schemas", () => {
  it("use zod's own email pattern", () => {
    expect(EMAIL_PATTERN.source).toBe(z.regexes.email.source);
    expect(EMAIL_PATTERN.flags).toBe(z.regexes.email.flags);
  });

  it("accept and refuse the same emails, with the same message", () => {
    for (const email of emails) expect(emailRuleProblem(email), JSON.stringify(email)).toBe(zodAnswer(emailSchema, email));
  });

  it("accept and refuse the same names, with the same message", () => {
    for (const name of names) expect(personNameRuleProblem(name), JSON.stringify(name)).toBe(zodAnswer(personNameSchema, name));
  });

  it("accept and refuse the same passwords, with the same message", () => {
    for (const password of passwords) expect(passwordRuleProblem(password), password).toBe(zodAnswer(passwordSchema, password));
  });
});
