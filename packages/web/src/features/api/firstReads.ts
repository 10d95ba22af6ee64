import type { TypedDocumentString } from "../../gql-public/graphql";
import { graphqlRequest } from "./graphqlRequest";

// A public page's first read, started by the entry script before the page's own code has arrived
// (src/public/main.ts), and picked up by the page's useQueryOnce instead of asking again.

export interface FirstRead {
  promise: Promise<unknown>;
  /** Filled in once it has answered, so the page's first render can show the answer at once. */
  settled?: { data?: unknown; error?: unknown };
}

const reads = new Map<string, FirstRead>();
const keyOf = (document: { toString(): string }, variables: unknown) => `${document.toString()}\n${JSON.stringify(variables)}`;

export function startFirstRead<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): FirstRead {
  const read: FirstRead = { promise: graphqlRequest(document, variables) };
  read.promise.then(
    (data) => (read.settled = { data }),
    (error: unknown) => (read.settled = { error }),
  );
  reads.set(keyOf(document, variables), read);
  return read;
}

/** The read started for this operation, if any (it stays until the page takes it). */
export function peekFirstRead(document: { toString(): string }, variables: unknown): FirstRead | undefined {
  return reads.get(keyOf(document, variables));
}

/** Hands the read over to the page, once: a later read (a retry, a reload of the link) asks the server again. */
export function takeFirstRead(document: { toString(): string }, variables: unknown): FirstRead | undefined {
  const key = keyOf(document, variables);
  const read = reads.get(key);
  reads.delete(key);
  return read;
}
