import { afterEach, vi } from "vitest";

// The public pages talk to /graphql with fetch (src/features/api/graphqlRequest.ts): their tests
// stub fetch, the network boundary, and answer each operation by name as the server would.

export interface StubbedAnswer {
  data?: unknown;
  errors?: { message: string; extensions?: { code: string } }[];
  /** HTTP status, 200 unless said. */
  status?: number;
}

export interface SentOperation {
  operationName: string;
  variables: Record<string, unknown>;
}

type Answers = Record<string, StubbedAnswer | ((variables: Record<string, unknown>) => StubbedAnswer)>;

/**
 * Replaces fetch for this test: each POST to /graphql is answered from `answers` by its operation
 * name; an operation without an answer fails as a network error would. Returns what was sent.
 */
export function stubGraphql(answers: Answers): SentOperation[] {
  const sent: SentOperation[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
    if (url !== "/graphql" || init.method !== "POST") throw new TypeError(`unexpected request ${init.method ?? "GET"} ${url}`);
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const operationName = /\b(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? "";
    sent.push({ operationName, variables: body.variables });
    const answer = answers[operationName];
    if (!answer) throw new TypeError(`no answer stubbed for ${operationName}`);
    const { data, errors, status = 200 } = typeof answer === "function" ? answer(body.variables) : answer;
    return new Response(JSON.stringify({ data, errors }), { status, headers: { "content-type": "application/json" } });
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});
