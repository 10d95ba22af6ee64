import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** A broken request (not an expected problem): mapped to a GraphQL error with this code. */
export class DomainError extends GraphQLError {
  constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const unauthenticated = (message = "Sign in, or send an API key as `Authorization: Bearer <key>`.") =>
  new DomainError("UNAUTHENTICATED", message);

export const forbidden = (message = "You don't have permission to do that.") => new DomainError("FORBIDDEN", message);

export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what} was not found.`);

export const badInput = (message: string, field?: string[]) =>
  new DomainError("BAD_USER_INPUT", message, field ? { field } : {});

/**
 * A request refused before it runs because it asks for too much: HTTP 400 (Apollo answers 500
 * for an error raised before execution without a status), a code of its own and its figures.
 */
export class RequestRefusal extends GraphQLError {
  constructor(code: string, message: string, figures: Record<string, number>) {
    super(message, { extensions: { code, ...figures, http: { status: 400 } } });
  }
}

// graphql-js stops parsing at `parseOptions.maxTokens` with this message ("more that" in 16.x).
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

const tooManyTokens = (limit: number): GraphQLFormattedError => ({
  message:
    `This query has more than ${limit.toLocaleString("en-GB")} tokens (names, punctuation and values); the limit is ${limit.toLocaleString("en-GB")}. ` +
    "Pass values as variables, and split long lists of fields or aliases into several requests.",
  extensions: { code: "TOO_MANY_TOKENS", limit },
});

/** Codes whose messages are written for the caller and may be shown as they are. */
const PUBLIC_CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "RATE_LIMITED",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "QUERY_TOO_DEEP",
  "TOO_MANY_ALIASES",
  "TOO_MANY_DIRECTIVES",
  "TOO_MANY_TOKENS",
  "QUERY_TOO_COMPLEX",
]);

export const INTERNAL = "INTERNAL_SERVER_ERROR";

const isUnexpected = (error: unknown): boolean => {
  if (!(error instanceof GraphQLError)) return true;
  const original = error.originalError;
  if (original && !(original instanceof GraphQLError) && original.name !== "ArgumentValidationError") return true;
  const code = error.extensions?.code;
  return !(typeof code === "string" && PUBLIC_CODES.has(code)) && !original?.name?.includes("ValidationError");
};

/**
 * Anything unexpected is shown only as a generic message (never a stack trace or SQL);
 * `requestIdOnErrors` logs it and adds the request id to quote.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  // Apollo files a validation rule's error under GRAPHQL_VALIDATION_FAILED: a refusal keeps its code.
  if (original instanceof RequestRefusal) {
    return { ...formatted, extensions: { ...formatted.extensions, code: original.extensions.code } };
  }
  const tokens = formatted.extensions?.code === "GRAPHQL_PARSE_FAILED" ? TOKEN_LIMIT.exec(formatted.message) : null;
  if (tokens) return tooManyTokens(Number(tokens[1]));
  if (original?.name === "ArgumentValidationError") {
    return { message: formatted.message, path: formatted.path, extensions: { code: "BAD_USER_INPUT" } };
  }
  if (!isUnexpected(error)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: "Something went wrong on our side.", path: formatted.path, extensions: { code: INTERNAL } };
}

/** Logs unexpected errors with the request id, and tells the caller that id. */
export function requestIdOnErrors(log: (error: unknown, requestId: string) => void): ApolloServerPlugin<{ requestId: string }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) if (isUnexpected(error)) log(error.originalError ?? error, contextValue.requestId);
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors as GraphQLFormattedError[] | undefined;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((e) =>
            e.extensions?.code === INTERNAL
              ? {
                  ...e,
                  message: `Something went wrong on our side. Please try again; if it keeps happening, quote request id ${contextValue.requestId}.`,
                  extensions: { ...e.extensions, requestId: contextValue.requestId },
                }
              : e,
          );
        },
      };
    },
  };
}
