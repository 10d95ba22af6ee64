import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTrust, type TrustFixture } from "../test/fixtures.js";
import { startTestServer, type TestServer } from "../test/server.js";

const INTROSPECT = `{ __schema { queryType { name } } }`;

describe("introspection in production", () => {
  let server: TestServer;
  let trust: TrustFixture;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(40) });
    trust = await buildTrust(server.db, "introspect");
  });
  afterAll(() => server?.close());

  it("is refused to anonymous callers, with 401 (not a 500)", async () => {
    const res = await server.gql(INTROSPECT);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.data).toBeNull();
  });

  it("is answered for an API key", async () => {
    const res = await server.gql(INTROSPECT, {}, { apiKey: trust.apiKey });
    expect(res.data?.__schema.queryType.name).toBe("Query");
  });

  it("gives no 'did you mean' hints", async () => {
    const res = await server.gql(`{ schoo { id } }`, {}, { apiKey: trust.apiKey });
    expect(res.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });

  it("marks the session cookie Secure", async () => {
    const res = await server.gql(`mutation { signIn(email: "admin@introspect.test", password: "correct-horse-battery") { viewer { email } } }`);
    expect(res.headers.get("set-cookie")).toMatch(/; Secure/i);
  });
});
