import type { MiddlewareFn } from "type-graphql";
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
]);

/**
 * Default-deny at the root: a new query or mutation is private and writable only with write
 * access unless it is listed above. Nested fields are reached only through a checked root.
 */
export const gate: MiddlewareFn<Context> = ({ info, context }, next) => {
  const parent = info.parentType.name;
  if (parent !== "Query" && parent !== "Mutation") return next();
  const operation = `${parent}.${info.fieldName}`;
  if (PUBLIC_OPERATIONS.has(operation)) return next();
  if (!context.actor) throw unauthenticated(context.authProblem ?? undefined);
  if (parent === "Mutation" && !context.actor.canWrite) {
    throw forbidden("This API key is read-only: use a key with write access for changes.");
  }
  return next();
};
