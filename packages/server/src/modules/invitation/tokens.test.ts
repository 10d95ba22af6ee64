import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTrust, type TrustFixture } from "../../test/fixtures.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { ACCEPT, DECLINE, invite, PREVIEW, tokenOf } from "../../test/invitations.js";

let server: TestServer;
let t: TrustFixture;
let admin: { cookie: string };

beforeAll(async () => {
  server = await startTestServer({ PUBLIC_URL: "https://lanyard.example.org" });
  t = await buildTrust(server.db, "tokens");
  admin = { cookie: await server.signIn(t.trustAdmin.email, t.trustAdmin.password) };
});
afterAll(() => server?.close());

const rows = (sql: string, params: unknown[] = []) => server.db.dataSource.query(sql, params) as Promise<Record<string, any>[]>;
let n = 0;
async function pending() {
  const email = `invitee${++n}@tokens.example.org`;
  const result = await invite(server, admin, { emails: [email], items: [{ productId: t.hr.id }], roleCode: "viewer", returnLinks: true });
  return { id: result.invitations[0]!.id, email, url: result.links[0]!.url, token: tokenOf(result.links[0]!.url) };
}

describe("tokens (rule 9)", () => {
  it("makes links of 256 random bits from PUBLIC_URL and stores only their hash", async () => {
    const inv = await pending();
    expect(inv.url).toMatch(/^https:\/\/lanyard\.example\.org\/accept\/[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(inv.token, "base64url")).toHaveLength(32);
    const [row] = await rows("SELECT * FROM invitation WHERE id = ?", [inv.id]);
    expect(row!.token_hash).toBe(createHash("sha256").update(inv.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(inv.token);
  });

  it("changes nothing when the link is only opened (a GET, as mail scanners do)", async () => {
    const inv = await pending();
    const before = await rows("SELECT state, responded_at FROM invitation WHERE id = ?", [inv.id]);
    const events = await rows("SELECT COUNT(*) AS n FROM invitation_event WHERE invitation_id = ?", [inv.id]);
    for (let i = 0; i < 3; i++) {
      expect((await server.gql(PREVIEW, { token: inv.token })).data!.invitationByToken).toMatchObject({ status: "VALID", email: inv.email, trustName: t.trust.name, items: [{ productName: "HR and Payroll", roleName: "Viewer", schoolName: null }] });
    }
    const page = await fetch(`${server.url}/accept/${inv.token}`);
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    expect(await rows("SELECT state, responded_at FROM invitation WHERE id = ?", [inv.id])).toEqual(before);
    expect(await rows("SELECT COUNT(*) AS n FROM invitation_event WHERE invitation_id = ?", [inv.id])).toEqual(events);
  });

  it("works once: a second accept or decline answers ALREADY_USED", async () => {
    const inv = await pending();
    const first = await server.gql(ACCEPT, { token: inv.token, f: "Una", l: "Once", p: "a-long-enough-password" });
    expect(first.data!.acceptInvitation.errors).toEqual([]);
    const again = await server.gql(DECLINE, { token: inv.token });
    expect(again.data!.declineInvitation.errors[0].code).toBe("ALREADY_USED");
  });

  it("lets only one of two racing accepts win", async () => {
    const inv = await pending();
    const results = await Promise.all([1, 2].map((i) => server.gql(ACCEPT, { token: inv.token, f: "Race", l: `Runner${i}`, p: "a-long-enough-password" })));
    const errors = results.map((r) => r.data!.acceptInvitation.errors.map((e: { code: string }) => e.code));
    expect(errors.filter((e) => e.length === 0)).toHaveLength(1);
    expect(await rows("SELECT COUNT(*) AS n FROM `user` WHERE email = ?", [inv.email])).toEqual([{ n: expect.anything() }]);
    expect(Number((await rows("SELECT COUNT(*) AS n FROM `user` WHERE email = ?", [inv.email]))[0]!.n)).toBe(1);
  });

  it("declines without sign-in, and the link then says it was used", async () => {
    const inv = await pending();
    const res = await server.gql(DECLINE, { token: inv.token });
    expect(res.data!.declineInvitation).toEqual({ invitation: { id: inv.id, state: "DECLINED" }, errors: [] });
    expect((await server.gql(PREVIEW, { token: inv.token })).data!.invitationByToken.status).toBe("DECLINED");
    expect((await server.gql(ACCEPT, { token: inv.token, f: "A", l: "B", p: "a-long-enough-password" })).data!.acceptInvitation.errors[0].code).toBe("ALREADY_USED");
  });

  it("lets the invitee read back the items of what they accepted or declined", async () => {
    const answer = (mutation: string, args: string) => `mutation($token: String!) { ${mutation}(token: $token${args}) { invitation { id state items { product { code } role { code } } } errors { code } } }`;
    const items = [{ product: { code: "HR" }, role: { code: "viewer" } }];
    const accepted = await pending();
    const a = await server.gql(answer("acceptInvitation", `, firstName: "Rae", lastName: "Back", password: "a-long-enough-password"`), { token: accepted.token });
    expect(a.data!.acceptInvitation).toEqual({ invitation: { id: accepted.id, state: "ACCEPTED", items }, errors: [] });
    const declined = await pending();
    const d = await server.gql(answer("declineInvitation", ""), { token: declined.token });
    expect(d.data!.declineInvitation).toEqual({ invitation: { id: declined.id, state: "DECLINED", items }, errors: [] });
  });

  it("can't set a password on an account that exists by then: that person signs in first", async () => {
    const inv = await pending();
    const now = new Date().toISOString().replace("T", " ").replace("Z", "");
    await rows("INSERT INTO `user` (id, email, first_name, last_name, password_hash, created_at) VALUES (?, ?, 'Early', 'Bird', NULL, ?)", ["00000000-0000-7000-8000-00000000beef", inv.email, now]);
    const res = await server.gql(ACCEPT, { token: inv.token, f: "Late", l: "Comer", p: "a-long-enough-password" });
    expect(res.data!.acceptInvitation.errors[0].code).toBe("SIGN_IN_REQUIRED");
    expect((await rows("SELECT password_hash FROM `user` WHERE email = ?", [inv.email]))[0]!.password_hash).toBeNull();
  });

  it("checks the new person's password strength", async () => {
    const inv = await pending();
    const res = await server.gql(ACCEPT, { token: inv.token, f: "Weak", l: "Password", p: "short" });
    expect(res.data!.acceptInvitation.errors).toEqual([{ code: "WEAK_PASSWORD", field: ["password"], message: expect.stringContaining("at least 12") }]);
  });

  it("answers an unknown link with INVALID_TOKEN and limits failed attempts per IP (RATE_LIMITED)", async () => {
    const unknown = await server.gql(PREVIEW, { token: "x".repeat(43) });
    expect(unknown.data!.invitationByToken).toMatchObject({ status: "INVALID_TOKEN", trustName: null, email: null });
    const inv = await pending();
    for (let i = 0; i < 25; i++) await server.gql(ACCEPT, { token: `${"y".repeat(42)}${i % 10}` });
    const limited = await server.gql(ACCEPT, { token: inv.token, f: "A", l: "B", p: "a-long-enough-password" });
    expect(limited.data!.acceptInvitation.errors[0].code).toBe("RATE_LIMITED");
    await rows("DELETE FROM rate_limit");
  });
});
