// Validation rules shared by the server (authoritative) and the web forms (as-you-type).
import { z } from "zod";
import { normaliseEmail, normaliseName, normaliseUrn } from "./normalise.js";

export const URN_PATTERN = /^\d{6,7}$/;

export const emailSchema = z
  .string()
  .transform(normaliseEmail)
  .pipe(z.email({ message: "Enter an email address like name@school.org.uk" }).max(254, "An email address can be at most 254 characters"));

export const urnSchema = z
  .string()
  .transform(normaliseUrn)
  .pipe(z.string().regex(URN_PATTERN, "A URN is 6 or 7 digits, e.g. 137421"));

export const personNameSchema = z
  .string()
  .transform(normaliseName)
  .pipe(z.string().min(1, "Enter a name").max(100, "A name can be at most 100 characters"));

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
export const PASSWORD_MIN_LENGTH = 12;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(256, "Use at most 256 characters")
  .refine((p) => new Set(p).size >= 5, "Use a less repetitive password");

/** Turns zod issues into "field: message" pairs for UserErrors and form errors. */
export function issuesOf(error: z.ZodError): { path: string[]; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
}
