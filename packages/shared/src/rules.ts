// The form rules a browser checks as the person types, without zod: the public pages (sign-in, an
// invitee's registration) load on phones and skip zod's 80 KB. schemas.ts stays the server's
// authority; rules.test.ts holds the two to the same answers and messages.
import { normaliseEmail, normaliseName } from "./normalise.js";

/** zod's own email pattern (z.regexes.email, checked by rules.test.ts). */
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
export const EMAIL_MAX_LENGTH = 254;
export const PERSON_NAME_MAX_LENGTH = 100;
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** A password needs this many different characters ("aaaaaaaaaaaa" is long but not a password). */
export const PASSWORD_MIN_DISTINCT = 5;

export const RULE_MESSAGES = {
  email: "Enter an email address like name@school.org.uk",
  emailTooLong: `An email address can be at most ${EMAIL_MAX_LENGTH} characters`,
  nameMissing: "Enter a name",
  nameTooLong: `A name can be at most ${PERSON_NAME_MAX_LENGTH} characters`,
  passwordTooShort: `Use at least ${PASSWORD_MIN_LENGTH} characters`,
  passwordTooLong: `Use at most ${PASSWORD_MAX_LENGTH} characters`,
  passwordRepetitive: "Use a less repetitive password",
} as const;

/** What is wrong with an email (after trimming and lower-casing, as the server stores it); null when nothing is. */
export function emailRuleProblem(raw: string): string | null {
  const email = normaliseEmail(raw);
  if (!EMAIL_PATTERN.test(email)) return RULE_MESSAGES.email;
  if (email.length > EMAIL_MAX_LENGTH) return RULE_MESSAGES.emailTooLong;
  return null;
}

export function personNameRuleProblem(raw: string): string | null {
  const name = normaliseName(raw);
  if (name.length < 1) return RULE_MESSAGES.nameMissing;
  if (name.length > PERSON_NAME_MAX_LENGTH) return RULE_MESSAGES.nameTooLong;
  return null;
}

export function passwordRuleProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return RULE_MESSAGES.passwordTooShort;
  if (password.length > PASSWORD_MAX_LENGTH) return RULE_MESSAGES.passwordTooLong;
  if (new Set(password).size < PASSWORD_MIN_DISTINCT) return RULE_MESSAGES.passwordRepetitive;
  return null;
}
