import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { httpFailure, NO_ANSWER, UNREACHABLE } from "./messages";

/** The `extensions.code` of the first GraphQL error, e.g. UNAUTHENTICATED or RATE_LIMITED. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.["code"];
  return typeof code === "string" ? code : undefined;
}

export function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.["code"] === "UNAUTHENTICATED")
  );
}

/** A sentence a person can act on, for an Alert. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors[0]?.message ?? NO_ANSWER;
  }
  if (ServerError.is(error)) {
    return httpFailure(error.statusCode);
  }
  return UNREACHABLE;
}
