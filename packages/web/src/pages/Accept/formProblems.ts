import { passwordRuleProblem, personNameRuleProblem } from "@lanyard/shared";

export interface Registration {
  firstName: string;
  lastName: string;
  password: string;
  confirm: string;
}

export type RegistrationProblems = Partial<Record<keyof Registration, string>>;

/** The same rules the server applies (from @lanyard/shared, without zod), as messages per field. */
export function registrationProblems(r: Registration): RegistrationProblems {
  const problems: RegistrationProblems = {};
  const first = personNameRuleProblem(r.firstName);
  if (first) problems.firstName = first;
  const last = personNameRuleProblem(r.lastName);
  if (last) problems.lastName = last;
  const password = passwordRuleProblem(r.password);
  if (password) problems.password = password;
  if (r.confirm !== r.password) problems.confirm = "The passwords don't match";
  return problems;
}
