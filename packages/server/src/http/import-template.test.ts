import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiGet } from "../test/api-get.js";
import { buildTrust, type TrustFixture } from "../test/fixtures.js";
import { startTestServer, type TestServer } from "../test/server.js";

let server: TestServer;
let t: TrustFixture;

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "template");
});
afterAll(() => server?.close());

describe("GET /api/imports/template", () => {
  it("contract: the invitations template is the header line of the invitations format, as a CSV download", async () => {
    const cookie = await server.signIn(t.trustAdmin.email, t.trustAdmin.password);
    const res = await apiGet(server, "/api/imports/template?kind=INVITATIONS", { cookie });
    expect(res.status).toBe(200);
    expect(res.contentType).toBe("text/csv; charset=utf-8");
    expect(res.disposition).toBe('attachment; filename="lanyard-invitations-template.csv"');
    expect(res.text).toBe("email,first_name,last_name,school_urn,product_code,role_code,cohort_code,expires_at,external_id\r\n");
  });

  it("contract: the staff template is the header line of the staff format", async () => {
    const cookie = await server.signIn(t.schoolAdmin.email, t.schoolAdmin.password);
    const res = await apiGet(server, "/api/imports/template?kind=STAFF", { cookie });
    expect(res.status).toBe(200);
    expect(res.disposition).toBe('attachment; filename="lanyard-staff-template.csv"');
    expect(res.text).toBe("school_urn,mis_id,first_name,last_name,email,job_title\r\n");
  });

  it("a read-only API key may download a template", async () => {
    const res = await apiGet(server, "/api/imports/template?kind=STAFF", { apiKey: t.readOnlyKey });
    expect(res.status).toBe(200);
  });

  it("an unknown or missing kind is a 400 naming the kinds there are", async () => {
    for (const path of ["/api/imports/template?kind=PUPILS", "/api/imports/template"]) {
      const res = await apiGet(server, path, { apiKey: t.apiKey });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toEqual({ error: "Say which template with ?kind=: one of INVITATIONS, STAFF." });
    }
  });

  it("rule 1: anonymous callers and revoked or made-up keys are refused with 401 and say how to sign in", async () => {
    const anonymous = await apiGet(server, "/api/imports/template?kind=STAFF");
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.text).error).toMatch(/sign in/i);
    const badKey = await apiGet(server, "/api/imports/template?kind=STAFF", { apiKey: "lk_not_a_key" });
    expect(badKey.status).toBe(401);
    expect(JSON.parse(badKey.text).error).toMatch(/API key/);
  });
});
