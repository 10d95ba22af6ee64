import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTrust, type TrustFixture } from "../test/fixtures.js";
import { startTestServer, type TestServer } from "../test/server.js";

let server: TestServer;
let t: TrustFixture;

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "http");
});
afterAll(() => server?.close());

/** A POST to /graphql as a JSON client sends it, with the raw body and status. */
async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${t.apiKey}`, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

describe("GET /healthz", () => {
  it('answers 200 {"ok":true} while the database answers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});

describe("security headers", () => {
  for (const [name, request] of [
    ["/healthz", () => fetch(`${server.url}/healthz`)],
    ["/graphql", () => fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) })],
    ["an unknown path", () => fetch(`${server.url}/nothing-here`)],
  ] as const) {
    it(`sends a content security policy that forbids framing, and nosniff, on ${name}`, async () => {
      const response = await request();
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-request-id")).toMatch(/^[\w-]{8,}$/);
    });
  }
});

describe("POST /graphql protection", () => {
  it("refuses a simple GET request (no preflight header) as possible CSRF, with status 400", async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ viewer { email } }")}`, { headers: { authorization: `Bearer ${t.apiKey}` } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it("refuses a simple POST with a text/plain body as possible CSRF", async () => {
    const res = await post({ query: "{ viewer { email } }" }, { "content-type": "text/plain" });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/);
  });

  it("answers the same GET when it carries a header a browser form cannot send", async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ viewer { email } }")}`, {
      headers: { authorization: `Bearer ${t.apiKey}`, "apollo-require-preflight": "true" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { viewer: { email: "api-key:MIS sync" } } });
  });

  it("refuses batched operations (a JSON array body)", async () => {
    const res = await post([{ query: "{ viewer { email } }" }, { query: "{ trust { slug } }" }]);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/batching/i);
    expect(res.text).not.toContain("api-key:MIS sync");
  });

  it("masks an unexpected error: a generic message with a request id, never SQL or a stack trace", async () => {
    const { dataSource } = server.db;
    await dataSource.query("ALTER TABLE school RENAME TO school_gone");
    try {
      const res = await post({ query: "{ schools { totalCount } }" }, { "x-request-id": "test-request-0001" });
      expect(res.json.errors).toHaveLength(1);
      const [error] = res.json.errors!;
      expect(error!.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: "test-request-0001" });
      expect(error!.message).toMatch(/^Something went wrong on our side\..*quote request id test-request-0001\.$/);
      expect(res.headers.get("x-request-id")).toBe("test-request-0001");
      expect(res.text).not.toMatch(/school_gone|no such table|doesn't exist|SELECT|stack|\bat .*\.[jt]s:\d+/i);
    } finally {
      await dataSource.query("ALTER TABLE school_gone RENAME TO school");
    }
    const after = await post({ query: "{ schools { totalCount } }" });
    expect(after.json).toEqual({ data: { schools: { totalCount: 3 } } });
  });
});

describe("CSRF protection on cookie-authenticated REST routes", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it("refuses a cross-site change to /api/ before it reaches any route", async () => {
    const res = await fetch(`${server.url}/api/imports?kind=STAFF`, { method: "POST", headers: { "content-type": "text/csv", cookie: "lanyard_session=x", origin: "https://evil.example" }, body: "a,b" });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toMatch(/Lanyard.s own pages/);
    const siteless = await fetch(`${server.url}/api/imports?kind=STAFF`, { method: "POST", headers: { "content-type": "text/csv", cookie: "lanyard_session=x", "sec-fetch-site": "cross-site" }, body: "a,b" });
    expect(siteless.status).toBe(403);
  });

  it("lets a same-origin change or an API-key call through to routing", async () => {
    const same = await fetch(`${server.url}/api/nothing-here`, { method: "POST", headers: { "sec-fetch-site": "same-origin" }, body: "" });
    expect(same.status).toBe(404);
    const keyed = await fetch(`${server.url}/api/nothing-here`, { method: "POST", headers: { authorization: "Bearer x" }, body: "" });
    expect(keyed.status).toBe(404);
  });
});
