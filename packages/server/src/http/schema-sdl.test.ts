import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaFile } from "../paths.js";
import { buildTrust, type TrustFixture } from "../test/fixtures.js";
import { startTestServer, type TestServer } from "../test/server.js";

const committed = readFileSync(schemaFile, "utf8");

describe("GET /schema.graphql in development", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it("answers the committed schema, as plain text, to anyone", async () => {
    const response = await fetch(`${server.url}/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe(committed);
  });
});

describe("GET /schema.graphql in production", () => {
  let server: TestServer;
  let t: TrustFixture;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(40) });
    t = await buildTrust(server.db, "sdl");
  });
  afterAll(() => server?.close());

  it("is refused without a key or a session, as introspection is", async () => {
    const response = await fetch(`${server.url}/schema.graphql`);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("type Query");
  });

  it("answers the committed schema to a read-only key", async () => {
    const response = await fetch(`${server.url}/schema.graphql`, { headers: { authorization: `Bearer ${t.readOnlyKey}` } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(committed);
  });

  it("is refused to a revoked or made-up key", async () => {
    const response = await fetch(`${server.url}/schema.graphql`, { headers: { authorization: "Bearer lny_made_up" } });
    expect(response.status).toBe(401);
  });
});
