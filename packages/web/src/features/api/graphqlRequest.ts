import type { TypedDocumentString } from "../../gql-public/graphql";
import { httpFailure, NO_ANSWER, UNREACHABLE } from "./messages";

// The public pages' way to /graphql: one fetch per operation, typed by codegen's string documents,
// so a page an invitee opens on a phone carries no GraphQL client and no graphql runtime.

/** Why a request brought no data: `message` is for the person; `code` is the GraphQL error's extensions.code. */
export class RequestError extends Error {
  override name = "RequestError";
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: unknown } }[];
}

/** Sends one operation as the admin app does (same origin, with the session cookies); resolves with its data. */
export async function graphqlRequest<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new RequestError(UNREACHABLE);
  }
  const answer = (await response.json().catch(() => null)) as GraphQLAnswer<TResult> | null;
  const first = answer?.errors?.[0];
  if (first) throw new RequestError(first.message ?? NO_ANSWER, typeof first.extensions?.code === "string" ? first.extensions.code : undefined);
  if (!response.ok) throw new RequestError(httpFailure(response.status));
  if (!answer?.data) throw new RequestError(NO_ANSWER);
  return answer.data;
}

/** A sentence a person can act on, for an alert. */
export function requestErrorMessage(error: unknown): string {
  return error instanceof RequestError ? error.message : UNREACHABLE;
}
