// Single requests outside the load runs: checks that endpoints agree, and SQL statement counts.
import type { Database } from "../src/db/data-source.js";

export interface Call {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** POSTs once and answers the body text; anything but a 200 without GraphQL errors throws. */
export async function post(call: Call): Promise<string> {
  const response = await fetch(call.url, { method: "POST", headers: call.headers, body: call.body });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${call.url} answered ${response.status}: ${text.slice(0, 500)}`);
  const parsed = JSON.parse(text) as { errors?: unknown[] };
  if (parsed.errors?.length) throw new Error(`${call.url} answered errors: ${JSON.stringify(parsed.errors).slice(0, 500)}`);
  return text;
}

/** Statements the app sends for one request, measured after a warm-up request of the same kind. */
export async function statementsPerRequest(db: Database, call: Call): Promise<number> {
  await post(call);
  const before = db.queries.statements;
  await post(call);
  return db.queries.statements - before;
}

/** Fails loudly, showing where two JSON answers first differ. */
export function assertSameJson(what: string, expected: string, actual: string): void {
  const a = JSON.stringify(JSON.parse(expected));
  const b = JSON.stringify(JSON.parse(actual));
  if (a === b) return;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  throw new Error(
    `${what}: the answers differ at character ${at}:\n  GraphQL: …${a.slice(Math.max(0, at - 120), at + 120)}…\n  bare:    …${b.slice(Math.max(0, at - 120), at + 120)}…`,
  );
}
