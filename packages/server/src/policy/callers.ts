import type { Actor } from "../modules/auth/actor.js";

/** The kinds of caller the permission table has a column for. */
export const CALLER_KINDS = ["trustAdmin", "schoolAdmin", "writeKey", "readOnlyKey", "anonymous"] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];

export const CALLER_NAMES: Record<CallerKind, string> = {
  trustAdmin: "trust admin",
  schoolAdmin: "school admin",
  writeKey: "write key",
  readOnlyKey: "read-only key",
  anonymous: "anonymous",
};

export function callerKind(actor: Actor | null): CallerKind {
  if (!actor) return "anonymous";
  if (actor.kind === "api-key") return actor.canWrite ? "writeKey" : "readOnlyKey";
  return actor.schoolId === null ? "trustAdmin" : "schoolAdmin";
}
