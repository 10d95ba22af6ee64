import { callerKind, type CallerKind } from "../policy/callers.js";
import { Access, PERMISSIONS } from "../policy/permissions.js";
import type { Context } from "./context.js";
import { forbidden, unauthenticated } from "./errors.js";

const refusal: Record<Exclude<CallerKind, "anonymous">, string> = {
  trustAdmin: "You don't have permission to do that.",
  schoolAdmin: "Only a trust administrator can do that: ask one in your trust.",
  writeKey: "API keys can't do that: a trust administrator does it signed in to Lanyard.",
  readOnlyKey: "This API key is read-only: use a key with write access for changes.",
};

/**
 * The check one root field runs before its resolver, from the permission table
 * (policy/permissions.ts): default-deny, so an operation missing from the table is refused.
 */
export function rootFieldGate(operation: string): (context: Context) => void {
  const row = PERMISSIONS.get(operation);
  return (context) => {
    const kind = callerKind(context.actor);
    const access = row?.[kind] ?? (kind === "anonymous" ? Access.SignIn : Access.No);
    if (access === Access.SignIn) throw unauthenticated(context.authProblem ?? undefined);
    if (access === Access.No) throw forbidden(kind === "anonymous" ? undefined : refusal[kind]);
  };
}
