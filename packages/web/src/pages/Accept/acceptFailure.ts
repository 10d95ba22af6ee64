// How the accept page reacts to each UserError code from acceptInvitation / declineInvitation / signInUser.

export interface UserErrorLike {
  code: string;
  field?: readonly string[] | null;
  message: string;
}

export type FormField = "firstName" | "lastName" | "password";

export type AcceptFailure =
  /** The link can't be used any more: reload it, and the page explains why (the server's message). */
  | { kind: "link-gone" }
  /** An account has this email (by now): the person signs in first (rule 9). */
  | { kind: "sign-in-required"; message: string }
  /** Something to fix in one field of the form. */
  | { kind: "field"; field: FormField; message: string }
  | { kind: "alert"; message: string };

const LINK_GONE = new Set(["INVALID_TOKEN", "EXPIRED", "CANCELLED", "ALREADY_USED", "DECLINED"]);
const FIELDS: readonly FormField[] = ["firstName", "lastName", "password"];

export function acceptFailure(error: UserErrorLike): AcceptFailure {
  if (LINK_GONE.has(error.code)) return { kind: "link-gone" };
  if (error.code === "SIGN_IN_REQUIRED") return { kind: "sign-in-required", message: error.message };
  if (error.code === "WEAK_PASSWORD") return { kind: "field", field: "password", message: error.message };
  const field = FIELDS.find((f) => error.field?.includes(f));
  if (field) return { kind: "field", field, message: error.message };
  return { kind: "alert", message: error.message };
}

export const NOT_ACCEPTED = "The invitation couldn't be accepted. Try again.";

/** A failure as the one sentence an alert shows. */
export function failureMessage(failure: AcceptFailure): string {
  return "message" in failure ? failure.message : NOT_ACCEPTED;
}
