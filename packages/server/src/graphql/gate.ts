import type { Context } from "./context.js";
import { forbidden, unauthenticated } from "./errors.js";

/** The operations anyone may call (CONTRACT.md: HTTP). Everything else needs credentials. */
export const PUBLIC_OPERATIONS = new Set([
  "Mutation.signIn",
  "Mutation.signOut",
  "Mutation.acceptInvitation",
  "Mutation.declineInvitation",
  "Query.joinPage",
  "Mutation.requestToJoin",
  "Mutation.confirmJoin",
  "Query.invitationByToken",
  "Query.currentUser",
  "Mutation.signInUser",
  "Mutation.signOutUser",
]);

/** Refuses a root field to a caller without credentials, and any mutation to a read-only key. */
export function checkRootField(parent: string, fieldName: string, context: Context): void {
  if (PUBLIC_OPERATIONS.has(`${parent}.${fieldName}`)) return;
  if (!context.actor) throw unauthenticated(context.authProblem ?? undefined);
  if (parent === "Mutation" && !context.actor.canWrite) {
    throw forbidden("This API key is read-only: use a key with write access for changes.");
  }
}
