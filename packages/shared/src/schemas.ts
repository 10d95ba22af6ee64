// Validation rules shared by the server (authoritative) and the web forms (as-you-type).
import { z } from "zod";
import { normaliseEmail, normaliseName, normaliseUrn } from "./normalise.js";
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_DISTINCT, PASSWORD_MIN_LENGTH, PERSON_NAME_MAX_LENGTH, RULE_MESSAGES } from "./rules.js";

export const URN_PATTERN = /^\d{6,7}$/;

export const emailSchema = z
  .string()
  .transform(normaliseEmail)
  .pipe(z.email({ message: RULE_MESSAGES.email }).max(EMAIL_MAX_LENGTH, RULE_MESSAGES.emailTooLong));

export const urnSchema = z
  .string()
  .transform(normaliseUrn)
  .pipe(z.string().regex(URN_PATTERN, "A URN is 6 or 7 digits, e.g. 137421"));

export const personNameSchema = z
  .string()
  .transform(normaliseName)
  .pipe(z.string().min(1, RULE_MESSAGES.nameMissing).max(PERSON_NAME_MAX_LENGTH, RULE_MESSAGES.nameTooLong));

export const misIdSchema = z
  .string()
  .transform((v) => v.trim())
  .pipe(z.string().min(1, "Enter the person's MIS id").max(64, "An MIS id can be at most 64 characters"));

export const jobTitleSchema = z
  .string()
  .transform((v) => v.trim())
  .pipe(z.string().max(120, "A job title can be at most 120 characters"))
  .nullish()
  .transform((v) => (v ? v : null));

/** One roster row as it arrives from upsertStaff or a staff CSV. */
export const staffRowSchema = z.object({
  misId: misIdSchema,
  firstName: personNameSchema,
  lastName: personNameSchema,
  email: emailSchema,
  jobTitle: jobTitleSchema,
});
export type StaffRow = z.output<typeof staffRowSchema>;

/** Password rules, shown to the person as they type. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, RULE_MESSAGES.passwordTooShort)
  .max(PASSWORD_MAX_LENGTH, RULE_MESSAGES.passwordTooLong)
  .refine((p) => new Set(p).size >= PASSWORD_MIN_DISTINCT, RULE_MESSAGES.passwordRepetitive);

/** Turns zod issues into "field: message" pairs for UserErrors and form errors. */
export function issuesOf(error: z.ZodError): { path: string[]; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
}
