// Who may call what: every query and mutation, for every kind of caller. The gate
// (graphql/gate.ts) enforces this table before any resolver runs, and an operation missing from
// it is refused; within an operation, each area's policy (modules/<area>/<area>.policy.ts)
// narrows a school admin's reads and changes to their school. PERMISSIONS.md is this table,
// printed; permissions.unit.test.ts fails when it is stale, and permissions.test.ts walks it.
import { CALLER_KINDS, type CallerKind } from "./callers.js";

/** What a caller gets from one operation. */
export const Access = {
  /** Anyone, signed in or not. */
  Public: "public",
  /** Everything of the caller's trust. */
  Trust: "trust",
  /** Only what lies in their school (the area's policy says exactly what). */
  School: "own school",
  /** Their own sign-in, or the trust's own record: nothing to scope. */
  Own: "own",
  /** Refused: FORBIDDEN. */
  No: "no",
  /** Refused until they sign in or send a key: UNAUTHENTICATED. */
  SignIn: "sign in",
} as const;
export type Access = (typeof Access)[keyof typeof Access];

const { Public: ALL, Trust: TRUST, School: SCHOOL, Own: OWN, No: NO, SignIn: SIGN_IN } = Access;

type Row = readonly [trustAdmin: Access, schoolAdmin: Access, writeKey: Access, readOnlyKey: Access, anonymous: Access];

/** `[trust admin, school admin, write key, read-only key, anonymous]` for each operation. */
const TABLE: Record<string, Row> = {
  //                                    trust admin  school admin  write key  read-only key  anonymous
  "Query.viewer":                       [OWN,        OWN,          OWN,       OWN,           SIGN_IN],
  "Query.trust":                        [OWN,        OWN,          OWN,       OWN,           SIGN_IN],
  "Query.schools":                      [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "Query.school":                       [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "Query.products":                     [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "Query.staff":                        [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "Query.users":                        [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "Query.invitations":                  [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "Query.invitation":                   [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "Query.schoolInvitationSummaries":    [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "Query.invitationStats":              [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "Query.emailMessages":                [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "Query.emailMessage":                 [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "Query.import":                       [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "Query.imports":                      [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "Query.apiKeys":                      [TRUST,      NO,           NO,        NO,            SIGN_IN],
  "Query.invitationByToken":            [ALL,        ALL,          ALL,       ALL,           ALL],
  "Query.currentUser":                  [ALL,        ALL,          ALL,       ALL,           ALL],
  "Mutation.signIn":                    [ALL,        ALL,          ALL,       ALL,           ALL],
  "Mutation.signOut":                   [ALL,        ALL,          ALL,       ALL,           ALL],
  "Mutation.signInUser":                [ALL,        ALL,          ALL,       ALL,           ALL],
  "Mutation.signOutUser":               [ALL,        ALL,          ALL,       ALL,           ALL],
  "Mutation.acceptInvitation":          [ALL,        ALL,          ALL,       ALL,           ALL],
  "Mutation.declineInvitation":         [ALL,        ALL,          ALL,       ALL,           ALL],
  "Mutation.upsertStaff":               [TRUST,      SCHOOL,       TRUST,     NO,            SIGN_IN],
  "Mutation.inviteStaff":               [TRUST,      SCHOOL,       TRUST,     NO,            SIGN_IN],
  "Mutation.resendInvitations":         [TRUST,      SCHOOL,       TRUST,     NO,            SIGN_IN],
  "Mutation.cancelInvitations":         [TRUST,      SCHOOL,       TRUST,     NO,            SIGN_IN],
  "Mutation.revokeAccess":              [TRUST,      SCHOOL,       TRUST,     NO,            SIGN_IN],
  "Mutation.approveImport":             [TRUST,      SCHOOL,       TRUST,     NO,            SIGN_IN],
  "Mutation.rejectImport":              [TRUST,      SCHOOL,       TRUST,     NO,            SIGN_IN],
  "Mutation.createApiKey":              [TRUST,      NO,           NO,        NO,            SIGN_IN],
  "Mutation.revokeApiKey":              [TRUST,      NO,           NO,        NO,            SIGN_IN],
};

/**
 * The HTTP routes under /api, by the same columns: reads of the trust's data, so the same
 * rights as the lists they come from; an upload changes data, so a read-only key may not. Each route asks `httpPermission` before it reads; what a
 * school admin's "own school" holds is the area's policy (invitation.policy.ts), as for the lists.
 */
const HTTP_TABLE: Record<string, Row> = {
  //                                    trust admin  school admin  write key  read-only key  anonymous
  "GET /api/imports/template":          [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "POST /api/imports":                  [TRUST,      SCHOOL,       TRUST,     NO,            SIGN_IN],
  "GET /api/imports/ID/errors.csv":     [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "GET /api/reports/NAME.csv":          [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
  "GET /api/exports/invitations.csv":   [TRUST,      SCHOOL,       TRUST,     TRUST,         SIGN_IN],
};

const byKind = (table: Record<string, Row>): ReadonlyMap<string, Readonly<Record<CallerKind, Access>>> =>
  new Map(Object.entries(table).map(([operation, row]) => [operation, Object.fromEntries(CALLER_KINDS.map((kind, i) => [kind, row[i]!])) as Record<CallerKind, Access>]));

/** The HTTP routes' table as `route → caller kind → access`. */
export const HTTP_PERMISSIONS = byKind(HTTP_TABLE);

/** What this kind of caller gets from an HTTP route; one missing from the table is refused. */
export function httpPermission(route: string, kind: CallerKind): Access {
  const row = HTTP_PERMISSIONS.get(route);
  if (!row) return kind === "anonymous" ? Access.SignIn : Access.No;
  return row[kind];
}

/** The table as `operation → caller kind → access`. */
export const PERMISSIONS = byKind(TABLE);

/** What this kind of caller gets from an operation; one missing from the table is refused. */
export function permission(operation: string, kind: CallerKind): Access {
  const row = PERMISSIONS.get(operation);
  if (!row) return kind === "anonymous" ? Access.SignIn : Access.No;
  return row[kind];
}

export const allows = (access: Access) => access !== Access.No && access !== Access.SignIn;
