import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTrust, type TrustFixture } from "../test/fixtures.js";
import { startTestServer, type TestServer } from "../test/server.js";

let server: TestServer;
let t: TrustFixture;

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "malformed");
});
afterAll(() => server?.close());

interface Answer {
  status: number;
  headers: Headers;
  errors: { message: string; extensions?: Record<string, unknown> }[];
}

/** A raw request to /graphql with an API key, read as GraphQL's error shape. */
async function send(init: { method?: string; body?: string; headers?: Record<string, string | null>; search?: string }): Promise<Answer> {
  const headers = Object.entries({ "content-type": "application/json", authorization: `Bearer ${t.apiKey}`, ...init.headers }).filter(
    (header): header is [string, string] => header[1] !== null,
  );
  const response = await fetch(`${server.url}/graphql${init.search ?? ""}`, { method: init.method ?? "POST", headers, body: init.body });
  const text = await response.text();
  let errors: Answer["errors"] = [];
  try {
    errors = (JSON.parse(text) as { errors?: Answer["errors"] }).errors ?? [];
  } catch {
    errors = [{ message: `not JSON: ${text.slice(0, 200)}` }];
  }
  return { status: response.status, headers: response.headers, errors };
}

const json = (body: unknown) => ({ body: JSON.stringify(body) });
const query = (q: string, variables?: unknown) => json({ query: q, variables });
const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(" ");

/** A query `depth` fields deep, following Access.user → User.accesses round and round, one row a level. */
function deepQuery(depth: number): string {
  const fields = ["users(first: 1)", "edges", "node"];
  while (fields.length < depth - 1) fields.push(fields.length % 2 ? "accesses" : "user");
  return `{ ${fields.join(" { ")} { id ${"}".repeat(fields.length)} }`;
}

/** What each malformed request must be answered: an HTTP status and the first error's code, and a figure to find in its message. */
const CORPUS: { name: string; request: Parameters<typeof send>[0]; status: number; code: string; says?: RegExp }[] = [
  // The body itself
  { name: "a body that is not JSON", request: { body: "{ viewer { email } }" }, status: 400, code: "BAD_REQUEST", says: /not valid JSON/ },
  { name: "truncated JSON", request: { body: '{"query": "{ viewer' }, status: 400, code: "BAD_REQUEST", says: /not valid JSON/ },
  { name: "an empty body", request: { body: "" }, status: 400, code: "BAD_REQUEST", says: /empty/ },
  { name: "JSON null", request: { body: "null" }, status: 400, code: "BAD_REQUEST" },
  { name: "a JSON string", request: json("{ viewer { email } }"), status: 400, code: "BAD_REQUEST" },
  { name: "an empty object", request: json({}), status: 400, code: "BAD_REQUEST" },
  { name: "a batch (a JSON array)", request: json([{ query: "{ viewer { email } }" }]), status: 400, code: "BAD_REQUEST", says: /batching/ },
  { name: "a __proto__ key", request: { body: '{"__proto__": {"admin": true}, "query": "{ viewer { email } }"}' }, status: 400, code: "BAD_REQUEST" },
  { name: "JSON nested 100,000 deep", request: { body: `{"query": "{ viewer { email } }", "variables": {"x": ${"[".repeat(100_000)}${"]".repeat(100_000)}}}` }, status: 200, code: "" },
  // Wrong types
  { name: "a query that is a number", request: json({ query: 5 }), status: 400, code: "BAD_REQUEST", says: /must be strings/ },
  { name: "variables as a string", request: json({ query: "{ viewer { email } }", variables: "{}" }), status: 400, code: "BAD_REQUEST" },
  { name: "an operationName that is a number", request: json({ query: "{ viewer { email } }", operationName: 1 }), status: 400, code: "BAD_REQUEST" },
  { name: "extensions that are a list", request: json({ query: "{ viewer { email } }", extensions: [] }), status: 400, code: "BAD_REQUEST" },
  { name: "a variable of the wrong type", request: query("query($n: Int) { schools(first: $n) { totalCount } }", { n: "ten" }), status: 400, code: "BAD_USER_INPUT", says: /\$n/ },
  { name: "a required variable left out", request: query("query($n: Int!) { schools(first: $n) { totalCount } }"), status: 400, code: "BAD_USER_INPUT", says: /\$n/ },
  { name: "an argument of the wrong type", request: query('{ schools(first: "ten") { totalCount } }'), status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
  // Unknown things
  { name: "an unknown field", request: query("{ viewer { nope } }"), status: 400, code: "GRAPHQL_VALIDATION_FAILED", says: /nope/ },
  { name: "an unknown operationName", request: json({ query: "query A { viewer { email } }", operationName: "B" }), status: 400, code: "OPERATION_RESOLUTION_FAILURE" },
  { name: "two anonymous operations", request: query("{ viewer { email } } { trust { id } }"), status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
  { name: "a fragment that spreads itself", request: query("{ viewer { ...F } } fragment F on Viewer { email ...F }"), status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
  // Syntax
  { name: "a syntax error", request: query("{ viewer { "), status: 400, code: "GRAPHQL_PARSE_FAILED", says: /Syntax Error/ },
  { name: "an empty query", request: query(""), status: 400, code: "BAD_REQUEST" },
  { name: "a control character", request: query("{ viewer \u0007 { email } }"), status: 400, code: "GRAPHQL_PARSE_FAILED" },
  // Over every limit
  { name: "13 levels deep", request: query(deepQuery(13)), status: 400, code: "QUERY_TOO_DEEP", says: /13 levels deep; the limit is 12/ },
  { name: "500 aliases", request: query(`{ ${repeat(500, (i) => `a${i}: viewer { email }`)} }`), status: 400, code: "TOO_MANY_ALIASES", says: /500 aliases; the limit is 15/ },
  { name: "51 directives", request: query(`{ viewer { ${repeat(51, () => "email @include(if: true)")} } }`), status: 400, code: "TOO_MANY_DIRECTIVES", says: /51 directives; the limit is 50/ },
  { name: "5,001 tokens", request: query(`{ viewer { ${repeat(4998, () => "email")} } }`), status: 400, code: "TOO_MANY_TOKENS", says: /5,000 tokens/ },
  { name: "1,000 long aliases", request: query(`{ ${repeat(1000, (i) => `alias_number_${i}: viewer { email }`)} }`), status: 400, code: "TOO_MANY_TOKENS" },
  { name: "a costly query", request: query(`{ ${repeat(5, (i) => `p${i}: users(first: 100) { edges { node { accesses { user { accesses { id } } } } } }`)} }`), status: 400, code: "QUERY_TOO_COMPLEX", says: /the limit is 50,000/ },
  { name: "a body over 5 MB", request: query("{ viewer { email } }", { padding: "x".repeat(6 * 1024 * 1024) }), status: 413, code: "PAYLOAD_TOO_LARGE", says: /5 MB/ },
  // Methods and content types
  { name: "a GET mutation", request: { method: "GET", search: `?query=${encodeURIComponent("mutation { signOut }")}`, headers: { "content-type": null, "apollo-require-preflight": "1" } }, status: 405, code: "BAD_REQUEST", says: /GET/ },
  { name: "a GET without a preflight header (possible CSRF)", request: { method: "GET", search: `?query=${encodeURIComponent("{ viewer { email } }")}`, headers: { "content-type": null } }, status: 400, code: "BAD_REQUEST", says: /CSRF/ },
  { name: "a GET without a query", request: { method: "GET", headers: { "content-type": null, "apollo-require-preflight": "1" } }, status: 400, code: "BAD_REQUEST" },
  { name: "a text/plain POST (possible CSRF)", request: { ...query("{ viewer { email } }"), headers: { "content-type": "text/plain" } }, status: 400, code: "BAD_REQUEST", says: /CSRF/ },
  { name: "a form POST", request: { body: "query=%7B%7D", headers: { "content-type": "application/x-www-form-urlencoded" } }, status: 415, code: "UNSUPPORTED_MEDIA_TYPE", says: /JSON only/ },
  { name: "a multipart POST", request: { body: "--x--", headers: { "content-type": "multipart/form-data; boundary=x" } }, status: 415, code: "UNSUPPORTED_MEDIA_TYPE" },
  { name: "an application/graphql POST", request: { body: "{ viewer { email } }", headers: { "content-type": "application/graphql" } }, status: 415, code: "UNSUPPORTED_MEDIA_TYPE" },
  // Credentials
  { name: "a Bearer header without a key", request: { ...query("{ viewer { email } }"), headers: { authorization: "Bearer" } }, status: 200, code: "UNAUTHENTICATED" },
  { name: "a 10 kB key", request: { ...query("{ viewer { email } }"), headers: { authorization: `Bearer ${"k".repeat(10_000)}` } }, status: 200, code: "UNAUTHENTICATED" },
  { name: "a Basic header", request: { ...query("{ viewer { email } }"), headers: { authorization: "Basic dXNlcjpwYXNz" } }, status: 200, code: "UNAUTHENTICATED" },
  { name: "a forged session cookie", request: { ...query("{ viewer { email } }"), headers: { authorization: "", cookie: "lanyard_session=forged.value" } }, status: 200, code: "UNAUTHENTICATED" },
];

describe("malformed requests to /graphql", () => {
  for (const { name, request, status, code, says } of CORPUS) {
    it(`answers ${name} with ${status}${code ? ` ${code}` : ""}`, async () => {
      const answer = await send(request);
      expect(answer.status, JSON.stringify(answer.errors)).toBe(status);
      if (!code) return;
      expect(answer.errors[0]?.extensions?.code, JSON.stringify(answer.errors)).toBe(code);
      if (says) expect(answer.errors[0]?.message).toMatch(says);
    });
  }

  it("names the figures of a refused limit in its extensions", async () => {
    expect((await send(query(deepQuery(13)))).errors[0]?.extensions).toEqual({ code: "QUERY_TOO_DEEP", depth: 13, limit: 12 });
    expect((await send(query(`{ ${repeat(16, (i) => `a${i}: viewer { email }`)} }`))).errors[0]?.extensions).toEqual({ code: "TOO_MANY_ALIASES", aliases: 16, limit: 15 });
    expect((await send(query(`{ viewer { ${repeat(4998, () => "email")} } }`))).errors[0]?.extensions).toEqual({ code: "TOO_MANY_TOKENS", limit: 5000 });
  });

  it("answers a GET mutation with Allow: POST", async () => {
    const answer = await send({ method: "GET", search: `?query=${encodeURIComponent("mutation { signOut }")}`, headers: { "content-type": null, "apollo-require-preflight": "1" } });
    expect(answer.headers.get("allow")).toBe("POST");
  });

  it("answers 12 levels deep and 15 aliases, just inside the limits", async () => {
    const deep = await server.gql(deepQuery(12), {}, { apiKey: t.apiKey });
    expect(deep.errors).toBeUndefined();
    expect(deep.data?.users.edges).toBeDefined();
    const aliases = await server.gql(`{ ${repeat(15, (i) => `a${i}: viewer { email }`)} }`, {}, { apiKey: t.apiKey });
    expect(Object.keys(aliases.data ?? {})).toHaveLength(15);
  });

  it("still answers an ordinary query after the whole corpus, sent all at once", async () => {
    const answers = await Promise.all(CORPUS.map(({ request }) => send(request)));
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    const res = await server.gql(`{ viewer { email } schools(first: 2) { totalCount } }`, {}, { apiKey: t.apiKey });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ viewer: { email: "api-key:MIS sync" }, schools: { totalCount: 3 } });
  });
});
