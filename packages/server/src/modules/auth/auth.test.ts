import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IsNull } from "typeorm";
import { buildTrust, type TrustFixture } from "../../test/fixtures.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { ApiKeyService } from "./api-key.service.js";
import { ApiKey } from "./api-key.entity.js";
import { Session } from "./session.entity.js";
import { hashToken } from "./tokens.js";

const VIEWER = `{ viewer { email role trust { slug } school { id } } }`;

let server: TestServer;
let a: TrustFixture;
let b: TrustFixture;

beforeAll(async () => {
  server = await startTestServer();
  a = await buildTrust(server.db, "auth-a");
  b = await buildTrust(server.db, "auth-b");
});
afterAll(() => server?.close());

describe("sign-in", () => {
  it("signs a trust admin in with an httpOnly, SameSite=Lax session cookie and answers the viewer", async () => {
    const res = await server.gql(`mutation { signIn(email: " ADMIN@auth-a.test ", password: "correct-horse-battery") { viewer { email role } errors { code } } }`);
    expect(res.data?.signIn).toEqual({ viewer: { email: a.trustAdmin.email, role: "TRUST_ADMIN" }, errors: [] });
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const viewer = await server.gql(VIEWER, {}, { cookie: cookie.split(";")[0] });
    expect(viewer.data?.viewer).toEqual({ email: a.trustAdmin.email, role: "TRUST_ADMIN", trust: { slug: "auth-a" }, school: null });
  });

  it("stores only a hash of the session token", async () => {
    const cookie = await server.signIn(a.trustAdmin.email, a.trustAdmin.password);
    const signed = decodeURIComponent(cookie.split("=")[1]!);
    const token = signed.slice(0, signed.lastIndexOf("."));
    const sessions = await server.db.dataSource.getRepository(Session).find();
    expect(sessions.some((s) => s.id === hashToken(token))).toBe(true);
    expect(sessions.some((s) => s.id === token)).toBe(false);
  });

  it("gives the same message for a wrong email and a wrong password", async () => {
    const q = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { email } errors { code message } } }`;
    const wrongPassword = await server.gql(q, { e: a.trustAdmin.email, p: "not-the-password" });
    const wrongEmail = await server.gql(q, { e: "nobody@auth-a.test", p: "not-the-password" });
    expect(wrongPassword.data?.signIn.viewer).toBeNull();
    expect(wrongPassword.data?.signIn.errors).toEqual(wrongEmail.data?.signIn.errors);
    expect(wrongPassword.headers.get("set-cookie")).toBeNull();
  });

  it("limits failed sign-ins per email with a clear error", async () => {
    const q = `mutation($p: String!) { signIn(email: "head@auth-b.test", password: $p) { viewer { email } errors { code message } } }`;
    for (let i = 0; i < 10; i++) await server.gql(q, { p: `wrong-${i}` });
    const blocked = await server.gql(q, { p: b.schoolAdmin.password });
    expect(blocked.data?.signIn.viewer).toBeNull();
    expect(blocked.data?.signIn.errors[0]).toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/wait 15 minutes/i) });
  });

  it("gives a new session at every sign-in and ends the old one", async () => {
    const first = await server.signIn(a.trustAdmin.email, a.trustAdmin.password);
    const res = await server.gql(`mutation { signIn(email: "admin@auth-a.test", password: "correct-horse-battery") { viewer { email } } }`, {}, { cookie: first });
    const second = res.headers.get("set-cookie")!.split(";")[0]!;
    expect(second).not.toEqual(first);
    expect((await server.gql(VIEWER, {}, { cookie: first })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await server.gql(VIEWER, {}, { cookie: second })).data?.viewer.email).toBe(a.trustAdmin.email);
  });

  it("signs out: the cookie no longer works", async () => {
    const cookie = await server.signIn(a.trustAdmin.email, a.trustAdmin.password);
    const out = await server.gql(`mutation { signOut }`, {}, { cookie });
    expect(out.data?.signOut).toBe(true);
    expect((await server.gql(VIEWER, {}, { cookie })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("ends a session idle for over an hour", async () => {
    const cookie = await server.signIn(a.trustAdmin.email, a.trustAdmin.password);
    const signed = decodeURIComponent(cookie.split("=")[1]!);
    const id = hashToken(signed.slice(0, signed.lastIndexOf(".")));
    await server.db.dataSource.getRepository(Session).update({ id }, { lastSeenAt: new Date(Date.now() - 61 * 60 * 1000) });
    expect((await server.gql(VIEWER, {}, { cookie })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("ends a session 12 hours after sign-in whatever the activity", async () => {
    const cookie = await server.signIn(a.trustAdmin.email, a.trustAdmin.password);
    const signed = decodeURIComponent(cookie.split("=")[1]!);
    const id = hashToken(signed.slice(0, signed.lastIndexOf(".")));
    await server.db.dataSource.getRepository(Session).update({ id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await server.gql(VIEWER, {}, { cookie })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a tampered cookie", async () => {
    const cookie = await server.signIn(a.trustAdmin.email, a.trustAdmin.password);
    const tampered = cookie.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    expect((await server.gql(VIEWER, {}, { cookie: tampered })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("API keys", () => {
  it("lets an integrator call with a Bearer key and records when it was last used", async () => {
    const res = await server.gql(VIEWER, {}, { apiKey: a.apiKey });
    expect(res.data?.viewer).toMatchObject({ email: "api-key:MIS sync", role: null, trust: { slug: "auth-a" } });
    const key = await server.db.dataSource.getRepository(ApiKey).findOneByOrFail({ name: "MIS sync", trustId: a.trust.id });
    expect(key.lastUsedAt).not.toBeNull();
    expect(key.secretHash).toBe(hashToken(a.apiKey));
    expect(a.apiKey.startsWith(key.prefix)).toBe(true);
  });

  it("answers a read-only key's mutation with FORBIDDEN and changes nothing", async () => {
    const res = await server.gql(
      `mutation($input: [StaffInput!]!) { upsertStaff(input: $input) { created } }`,
      { input: [{ schoolId: a.schools[0]!.id, misId: "RO1", firstName: "Read", lastName: "Only", email: "ro@x.org" }] },
      { apiKey: a.readOnlyKey },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(res.data).toBeNull();
  });

  it("refuses a revoked key at once", async () => {
    const service = new ApiKeyService(server.db.dataSource);
    const created = await service.create(a.trust.id, { name: "Temporary" }, null);
    if ("errors" in created) throw new Error("create");
    expect((await server.gql(VIEWER, {}, { apiKey: created.secret })).data?.viewer).toBeTruthy();
    expect(await service.revoke(a.trust.id, { name: "Temporary" }, null)).toBe(1);
    const res = await server.gql(VIEWER, {}, { apiKey: created.secret });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.errors?.[0]?.message).toMatch(/revoked/);
  });

  it("lets a trust admin create, list and revoke keys, showing the secret once", async () => {
    const cookie = await server.signIn(a.trustAdmin.email, a.trustAdmin.password);
    const created = await server.gql(`mutation { createApiKey(name: "HR feed", readOnly: true) { apiKey { id name prefix readOnly } secret errors { code } } }`, {}, { cookie });
    const { apiKey, secret } = created.data!.createApiKey;
    expect(secret).toMatch(/^lny_/);
    expect(apiKey).toMatchObject({ name: "HR feed", readOnly: true });
    const list = await server.gql(`{ apiKeys { id name prefix revokedAt } }`, {}, { cookie });
    expect(JSON.stringify(list.data)).not.toContain(secret);
    expect(list.data?.apiKeys.map((k: { name: string }) => k.name)).toContain("HR feed");
    const dup = await server.gql(`mutation { createApiKey(name: "HR feed") { apiKey { id } errors { code message } } }`, {}, { cookie });
    expect(dup.data?.createApiKey.errors[0].code).toBe("NAME_TAKEN");
    const revoked = await server.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { count } }`, { id: apiKey.id }, { cookie });
    expect(revoked.data?.revokeApiKey.count).toBe(1);
    expect(await server.db.dataSource.getRepository(ApiKey).countBy({ name: "HR feed", revokedAt: IsNull() })).toBe(0);
  });

  it("does not let a school admin or a key manage keys", async () => {
    const cookie = await server.signIn(a.schoolAdmin.email, a.schoolAdmin.password);
    expect((await server.gql(`{ apiKeys { id } }`, {}, { cookie })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(`{ apiKeys { id } }`, {}, { apiKey: a.apiKey })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("without credentials", () => {
  it("answers UNAUTHENTICATED for everything but the public operations", async () => {
    for (const query of [VIEWER, `{ trust { id } }`, `{ schools { totalCount } }`, `{ staff { totalCount } }`, `{ products { id } }`, `{ users { totalCount } }`]) {
      const res = await server.gql(query);
      expect(res.errors?.[0]?.extensions?.code, query).toBe("UNAUTHENTICATED");
      expect(res.data, query).toBeNull();
    }
  });
});
