import { passwordSchema, personNameSchema } from "@lanyard/shared";

export interface Registration {
  firstName: string;
  lastName: string;
  password: string;
  confirm: string;
}

export type RegistrationProblems = Partial<Record<keyof Registration, string>>;

/** The same rules the server applies (from @lanyard/shared), as messages per field. */
export function registrationProblems(r: Registration): RegistrationProblems {
  const problems: RegistrationProblems = {};
  const first = personNameSchema.safeParse(r.firstName);
  if (!first.success) problems.firstName = first.error.issues[0]?.message ?? "Enter your first name";
  const last = personNameSchema.safeParse(r.lastName);
  if (!last.success) problems.lastName = last.error.issues[0]?.message ?? "Enter your last name";
  const password = passwordSchema.safeParse(r.password);
  if (!password.success) problems.password = password.error.issues[0]?.message ?? "Choose a longer password";
  if (r.confirm !== r.password) problems.confirm = "The passwords don't match";
  return problems;
}
