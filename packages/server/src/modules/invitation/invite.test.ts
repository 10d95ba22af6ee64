import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTrust, type TrustFixture } from "../../test/fixtures.js";
import { sqlDate } from "../../db/raw.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { ACCEPT, emailedToken, invite, INVITATION, PREVIEW, tokenOf } from "../../test/invitations.js";

let server: TestServer;
let t: TrustFixture;
let other: TrustFixture;
let admin: { cookie: string };
const staffAt = (school: number, i = 0) => t.staff.filter((s) => s.schoolId === t.schools[school]!.id)[i]!;

beforeAll(async () => {
  server = await startTestServer({ PUBLIC_URL: "https://lanyard.example.org" });
  t = await buildTrust(server.db, "inv", { staffPerSchool: 10 });
  other = await buildTrust(server.db, "inv-other");
  admin = { cookie: await server.signIn(t.trustAdmin.email, t.trustAdmin.password) };
});
afterAll(() => server?.close());

const rows = (sql: string, params: unknown[] = []) => server.db.dataSource.query(sql, params) as Promise<Record<string, any>[]>;

describe("who may invite (rule 1)", () => {
  it("lets a trust admin invite anyone on any roster to any product", async () => {
    const result = await invite(server, admin, {
      staffIds: [staffAt(0, 1).id, staffAt(1, 1).id],
      items: [{ productId: t.mis.id, schoolIds: [t.schools[0]!.id, t.schools[1]!.id] }],
      roleCode: "teacher",
    });
    expect(result.errors).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.invitations).toHaveLength(2);
    expect(result.summary).toMatchObject({ invitations: 2, items: 4, newPeople: 2, existingUsers: 0, skipped: 0 });
    // Each person's invitation is listed under their own school.
    expect(result.invitations.map((i) => i.school?.id).sort()).toEqual([t.schools[0]!.id, t.schools[1]!.id].sort());
  });

  it("limits a school admin to their own school's staff and school-level products there", async () => {
    const cookie = await server.signIn(t.schoolAdmin.email, t.schoolAdmin.password);
    const result = await invite(server, { cookie }, {
      staffIds: [staffAt(0, 2).id, staffAt(1, 2).id],
      items: [{ productId: t.mis.id, schoolIds: [t.schools[0]!.id, t.schools[1]!.id] }, { productId: t.hr.id }],
      roleCode: "teacher",
    });
    expect(result.invitations).toHaveLength(1);
    expect(result.invitations[0]).toMatchObject({ email: staffAt(0, 2).email, items: [{ product: { code: "MIS" }, school: { id: t.schools[0]!.id } }] });
    const reasons = result.skipped.map((s) => `${s.email}|${s.productId === t.hr.id ? "HR" : "MIS"}|${s.schoolId === null ? "-" : t.schools.findIndex((x) => x.id === s.schoolId)}|${s.reason}`);
    expect(reasons.sort()).toEqual(
      [
        `${staffAt(0, 2).email}|MIS|1|NOT_ALLOWED`,
        `${staffAt(0, 2).email}|HR|-|NOT_ALLOWED`,
        // Staff of another school are not visible to a school admin: their email isn't revealed.
        "|MIS|-|NOT_ALLOWED",
        "|HR|-|NOT_ALLOWED",
      ].sort(),
    );
  });

  it("gives an API key its own trust only: another trust's staff and products are NOT_ALLOWED and nothing is written", async () => {
    const before = await rows("SELECT COUNT(*) AS n FROM invitation");
    const result = await invite(server, { apiKey: other.apiKey }, { staffIds: [staffAt(0, 3).id], items: [{ productId: t.mis.id, schoolIds: [t.schools[0]!.id] }], roleCode: "teacher" });
    expect(result.invitations).toEqual([]);
    expect(result.skipped).toEqual([{ email: "", productId: t.mis.id, schoolId: null, reason: "NOT_ALLOWED" }]);
    const own = await invite(server, { apiKey: other.apiKey }, { emails: ["someone@x.org"], items: [{ productId: t.mis.id, schoolIds: [t.schools[0]!.id] }], roleCode: "teacher" });
    expect(own.skipped.map((s) => s.reason)).toEqual(["NOT_ALLOWED"]);
    expect(await rows("SELECT COUNT(*) AS n FROM invitation")).toEqual(before);
  });

  it("refuses a read-only API key with FORBIDDEN", async () => {
    const res = await server.gql(`mutation { inviteStaff(input: { emails: ["a@b.org"], items: [], roleCode: "teacher" }) { summary { invitations } } }`, {}, { apiKey: t.readOnlyKey });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("subscription gating (rule 2)", () => {
  it("skips a school without an active subscription and says so", async () => {
    const person = staffAt(0, 4);
    const result = await invite(server, admin, { staffIds: [person.id], items: [{ productId: t.mis.id, schoolIds: t.schools.map((s) => s.id) }], roleCode: "teacher" });
    expect(result.invitations[0]!.items.map((i) => i.school?.id).sort()).toEqual([t.schools[0]!.id, t.schools[1]!.id].sort());
    expect(result.skipped).toEqual([{ email: person.email, productId: t.mis.id, schoolId: t.schools[2]!.id, reason: "NO_SUBSCRIPTION" }]);
    expect(result.summary).toMatchObject({ invitations: 1, items: 2, skipped: 1 });
  });
});

describe("one role per bulk action (rule 3)", () => {
  it("applies one role code to every product and skips a product without that role as UNKNOWN_ROLE", async () => {
    const person = staffAt(1, 3);
    const result = await invite(server, admin, { staffIds: [person.id], items: [{ productId: t.mis.id, schoolIds: [t.schools[1]!.id] }, { productId: t.hr.id }], roleCode: "teacher" });
    expect(result.invitations[0]!.items).toHaveLength(1);
    expect(result.skipped).toEqual([{ email: person.email, productId: t.hr.id, schoolId: null, reason: "UNKNOWN_ROLE" }]);
  });
});

describe("no duplicates (rule 4)", () => {
  it("reports a repeated invitation as ALREADY_INVITED and never doubles it", async () => {
    const input = { emails: ["  Repeat.Person@Example.org "], items: [{ productId: t.hr.id }], roleCode: "viewer" };
    expect((await invite(server, admin, input)).invitations).toHaveLength(1);
    const again = await invite(server, admin, input);
    expect(again.invitations).toEqual([]);
    expect(again.skipped).toEqual([{ email: "repeat.person@example.org", productId: t.hr.id, schoolId: null, reason: "ALREADY_INVITED" }]);
  });

  it("reports what a person already has as ALREADY_HAS_ACCESS", async () => {
    const result = await invite(server, admin, { emails: [t.member.email], items: [{ productId: t.mis.id, schoolIds: [t.schools[0]!.id] }], roleCode: "teacher" });
    expect(result.skipped).toEqual([{ email: t.member.email, productId: t.mis.id, schoolId: t.schools[0]!.id, reason: "ALREADY_HAS_ACCESS" }]);
  });

  it("creates exactly one open invitation per person, product and school under 20 concurrent identical requests", async () => {
    const people = [staffAt(0, 5), staffAt(1, 5), staffAt(2, 5)];
    const input = { staffIds: people.map((p) => p.id), items: [{ productId: t.mis.id, schoolIds: [t.schools[0]!.id, t.schools[1]!.id] }], roleCode: "admin" };
    const results = await Promise.all(Array.from({ length: 20 }, () => invite(server, admin, input)));
    const created = results.flatMap((r) => r.invitations);
    expect(created).toHaveLength(3);
    for (const r of results) expect(r.errors).toEqual([]);
    // Every other request reports the same items as already invited.
    expect(results.flatMap((r) => r.skipped).filter((s) => s.reason === "ALREADY_INVITED")).toHaveLength(19 * 6);
    const open = await rows(
      `SELECT i.email, it.product_id, it.school_id, COUNT(*) AS n FROM invitation_item it JOIN invitation i ON i.id = it.invitation_id
       WHERE i.email IN (?, ?, ?) AND it.open_key IS NOT NULL GROUP BY i.email, it.product_id, it.school_id`,
      people.map((p) => p.email),
    );
    expect(open).toHaveLength(6);
    expect(open.every((r) => Number(r.n) === 1)).toBe(true);
  });
});

describe("new vs existing people (rule 5)", () => {
  it("grants an existing user of the trust at once, with an access-granted email, when the product grants existing users", async () => {
    const result = await invite(server, admin, { emails: [t.member.email], items: [{ productId: t.mis.id, schoolIds: [t.schools[1]!.id] }], roleCode: "teacher" });
    expect(result.invitations[0]).toMatchObject({ state: "ACCEPTED", existingUser: true });
    expect(result.summary).toMatchObject({ existingUsers: 1, newPeople: 0 });
    expect(result.links).toEqual([]);
    const access = await rows("SELECT * FROM access WHERE user_id = ? AND school_id = ? AND revoked_at IS NULL", [t.member.id, t.schools[1]!.id]);
    expect(access).toHaveLength(1);
    const email = await rows("SELECT kind, to_email FROM email_message WHERE subject_id = ?", [result.invitations[0]!.id]);
    expect(email).toEqual([{ kind: "access-granted", to_email: t.member.email }]);
  });

  it("makes an existing user accept while signed in when the product requires acceptance", async () => {
    const result = await invite(server, admin, { emails: [t.member.email], items: [{ productId: t.hr.id }], roleCode: "viewer", returnLinks: true });
    expect(result.invitations[0]).toMatchObject({ state: "PENDING", existingUser: true });
    // Links are returned for new people only: an existing user signs in.
    expect(result.links).toEqual([]);
    const token = await freshToken(result.invitations[0]!.id);
    const anonymous = await server.gql(ACCEPT, { token, p: "a-brand-new-password" });
    expect(anonymous.data!.acceptInvitation.errors[0].code).toBe("SIGN_IN_REQUIRED");

    const signIn = await server.gql(`mutation($e: String!, $p: String!) { signInUser(email: $e, password: $p) { user { email } errors { code } } }`, { e: t.member.email, p: "correct-horse-battery" });
    expect(signIn.data!.signInUser.user.email).toBe(t.member.email);
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
    const accepted = await server.gql(ACCEPT, { token }, { cookie });
    expect(accepted.data!.acceptInvitation).toMatchObject({ invitation: { state: "ACCEPTED" }, user: { email: t.member.email }, errors: [] });
    expect(await rows("SELECT * FROM access WHERE user_id = ? AND product_id = ? AND revoked_at IS NULL", [t.member.id, t.hr.id])).toHaveLength(1);
  });

  it("treats an account from another trust as a stranger: no grant, no existingUser, and it must sign in to accept", async () => {
    const result = await invite(server, admin, { emails: [other.member.email], items: [{ productId: t.mis.id, schoolIds: [t.schools[0]!.id] }], roleCode: "teacher", returnLinks: true });
    expect(result.invitations[0]).toMatchObject({ state: "PENDING", existingUser: false });
    expect(result.summary).toMatchObject({ newPeople: 1, existingUsers: 0 });
    const preview = await server.gql(PREVIEW, { token: tokenOf(result.links[0]!.url) });
    expect(preview.data!.invitationByToken).toMatchObject({ status: "VALID", existingUser: false });
    const accepted = await server.gql(ACCEPT, { token: tokenOf(result.links[0]!.url), f: "Mal", l: "Icious", p: "taking-over-this-account" });
    expect(accepted.data!.acceptInvitation.errors[0].code).toBe("SIGN_IN_REQUIRED");
    expect(await rows("SELECT * FROM access WHERE user_id = ? AND trust_id = ?", [other.member.id, t.trust.id])).toEqual([]);
  });

  it("lets a new person register through the link and land signed in", async () => {
    const result = await invite(server, admin, { emails: ["new.starter@inv.sch.uk"], items: [{ productId: t.mis.id, schoolIds: [t.schools[0]!.id] }], roleCode: "teacher", returnLinks: true });
    expect(result.links).toEqual([{ invitationId: result.invitations[0]!.id, email: "new.starter@inv.sch.uk", url: expect.stringMatching(/^https:\/\/lanyard\.example\.org\/accept\/[A-Za-z0-9_-]{43}$/) }]);
    const accepted = await server.gql(ACCEPT, { token: tokenOf(result.links[0]!.url), f: "New", l: "Starter", p: "a-long-enough-password" });
    expect(accepted.data!.acceptInvitation).toMatchObject({ invitation: { state: "ACCEPTED" }, user: { email: "new.starter@inv.sch.uk" }, errors: [] });
    const cookie = accepted.headers.get("set-cookie")!.split(";")[0]!;
    const me = await server.gql(`{ currentUser { email firstName } }`, {}, { cookie });
    expect(me.data!.currentUser).toEqual({ email: "new.starter@inv.sch.uk", firstName: "New" });
    const invitation = await server.gql(INVITATION, { id: result.invitations[0]!.id }, admin);
    expect(invitation.data!.invitation.events.map((e: { kind: string }) => e.kind)).toEqual(["CREATED", "ACCEPTED"]);
  });
});

describe("inviteStaff options", () => {
  it("writes nothing on a dry run and reports the same summary", async () => {
    const input = { staffIds: [staffAt(2, 1).id], emails: [t.member.email], items: [{ productId: t.mis.id, schoolIds: [t.schools[0]!.id, t.schools[2]!.id] }], roleCode: "teacher" };
    const before = await rows("SELECT (SELECT COUNT(*) FROM invitation) AS i, (SELECT COUNT(*) FROM email_message) AS e, (SELECT COUNT(*) FROM access) AS a");
    const dry = await invite(server, admin, { ...input, dryRun: true });
    expect(dry.invitations).toEqual([]);
    expect(dry.summary).toMatchObject({ invitations: 1, items: 1, newPeople: 1, existingUsers: 0, skipped: 3 });
    expect(await rows("SELECT (SELECT COUNT(*) FROM invitation) AS i, (SELECT COUNT(*) FROM email_message) AS e, (SELECT COUNT(*) FROM access) AS a")).toEqual(before);
    const real = await invite(server, admin, input);
    expect(real.summary).toEqual(dry.summary);
  });

  it("schedules an invitation for sendAt and honours expiresAt; the default expiry is the trust's 14 days", async () => {
    const sendAt = new Date(Date.now() + 3 * 3600_000).toISOString();
    const expiresAt = new Date(Date.now() + 5 * 86400_000).toISOString();
    const scheduled = await invite(server, admin, { emails: ["later@inv.sch.uk"], items: [{ productId: t.hr.id }], roleCode: "viewer", sendAt, expiresAt });
    expect(scheduled.invitations[0]).toMatchObject({ state: "SCHEDULED", sendAt, expiresAt });
    const email = await rows("SELECT next_attempt_at FROM email_message WHERE subject_id = ?", [scheduled.invitations[0]!.id]);
    expect(sqlDate(email[0]!.next_attempt_at)!.getTime()).toBeGreaterThan(Date.now() + 3600_000);

    const now = await invite(server, admin, { emails: ["now@inv.sch.uk"], items: [{ productId: t.hr.id }], roleCode: "viewer" });
    const days = (new Date(now.invitations[0]!.expiresAt).getTime() - Date.now()) / 86400_000;
    expect(days).toBeGreaterThan(13.99);
    expect(days).toBeLessThan(14.01);
  });

  it("explains bad input with field paths and writes nothing", async () => {
    const result = await invite(server, admin, { emails: ["not-an-email"], items: [{ productId: t.mis.id }], roleCode: " ", expiresAt: "2020-01-01T00:00:00.000Z" });
    expect(result.errors.map((e) => [e.code, e.field.join(".")]).sort()).toEqual(
      [["INVALID_EMAIL", "emails.0"], ["ROLE_REQUIRED", "roleCode"], ["EXPIRY_IN_PAST", "expiresAt"]].sort(),
    );
    const noSchools = await invite(server, admin, { emails: ["a@b.org"], items: [{ productId: t.mis.id }], roleCode: "teacher" });
    expect(noSchools.errors).toEqual([{ code: "SCHOOLS_REQUIRED", field: ["items", "0", "schoolIds"], message: expect.stringContaining("choose at least one school") }]);
  });

  it("finds staff who are not yet users of a product (StaffFilter.notUserOfProduct)", async () => {
    const res = await server.gql(`query($p: ID!, $s: ID!) { staff(first: 100, filter: { notUserOfProduct: $p, schoolId: $s }) { edges { node { email } } } }`, { p: t.mis.id, s: t.schools[0]!.id }, admin);
    const emails = res.data!.staff.edges.map((e: { node: { email: string } }) => e.node.email);
    expect(emails).not.toContain(t.member.email); // holds MIS access
    expect(emails).not.toContain(staffAt(0, 1).email); // has an open invitation
    expect(emails).toContain(staffAt(0, 0).email === t.member.email ? staffAt(0, 6).email : staffAt(0, 0).email);
  });

  it("spends a fixed number of SQL statements whatever the number of people", async () => {
    const big = await buildTrust(server.db, "inv-big", { staffPerSchool: 60 });
    const bigAdmin = { apiKey: big.apiKey };
    const statements = async (people: number, offset: number) => {
      const ids = big.staff.slice(offset, offset + people).map((s) => s.id);
      const before = server.db.queries.statements;

      const result = await invite(server, bigAdmin, { staffIds: ids, items: [{ productId: big.mis.id, schoolIds: [big.schools[0]!.id, big.schools[1]!.id] }], roleCode: "teacher" });
      expect(result.invitations).toHaveLength(people);
      return server.db.queries.statements - before;
    };
    await statements(1, 175); // the key's first use records lastUsedAt
    const few = await statements(5, 1); // staff[0] is the fixture's member: an existing user gets a different shape
    const many = await statements(150, 6);
    // The same statements (at most one fewer, when nobody in the larger set has an account to check).
    expect(many).toBeLessThanOrEqual(few);
    expect(few - many).toBeLessThanOrEqual(1);
  });
});

/** Gives an invitation a known token, as a resend would, so a test can use its link. */
async function freshToken(invitationId: string): Promise<string> {
  const res = await server.gql(`mutation($id: ID!) { resendInvitations(selection: { ids: [$id] }) { count errors { message } } }`, { id: invitationId }, admin);
  expect(res.data!.resendInvitations.count).toBe(1);
  return emailedToken(server, invitationId, "reminder");
}
