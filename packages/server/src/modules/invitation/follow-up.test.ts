import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlDateTime } from "../../db/raw.js";
import { buildTrust, type TrustFixture } from "../../test/fixtures.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { ACCEPT, CANCEL, emailedToken, invite, INVITATION, PREVIEW, RESEND, tokenOf } from "../../test/invitations.js";
import { MAX_BULK } from "./follow-up.service.js";

let server: TestServer;
let t: TrustFixture;
let admin: { cookie: string };

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "follow", { staffPerSchool: 8 });
  admin = { cookie: await server.signIn(t.trustAdmin.email, t.trustAdmin.password) };
});
afterAll(() => server?.close());

const rows = (sql: string, params: unknown[] = []) => server.db.dataSource.query(sql, params) as Promise<Record<string, any>[]>;
let n = 0;
/** A fresh pending invitation to HR for a new address, with its link. */
async function pending(extra: { expiresAt?: string } = {}) {
  const email = `person${++n}@follow.example.org`;
  const result = await invite(server, admin, { emails: [email], items: [{ productId: t.hr.id }], roleCode: "viewer", returnLinks: true, ...extra });
  return { id: result.invitations[0]!.id, email, token: tokenOf(result.links[0]!.url) };
}
const latestToken = (id: string) => emailedToken(server, id);
const pastExpiry = (id: string) => rows("UPDATE invitation SET expires_at = ? WHERE id = ?", [sqlDateTime(new Date(Date.now() - 60_000)), id]);

describe("expiry (rule 6)", () => {
  it("answers EXPIRED for a link past its expiry, even before the clock has marked it, and says who to ask", async () => {
    const inv = await pending();
    await pastExpiry(inv.id);
    const preview = await server.gql(PREVIEW, { token: inv.token });
    expect(preview.data!.invitationByToken).toMatchObject({ status: "EXPIRED", invitedBy: t.trustAdmin.email, trustName: t.trust.name });
    expect(preview.data!.invitationByToken.message).toContain(t.trustAdmin.email);
    const accept = await server.gql(ACCEPT, { token: inv.token, f: "A", l: "B", p: "a-long-enough-password" });
    expect(accept.data!.acceptInvitation.errors[0].code).toBe("EXPIRED");
  });

  it("marks pending invitations past their expiry as EXPIRED on time, freeing the person to be invited again", async () => {
    const inv = await pending();
    await pastExpiry(inv.id);
    await server.work();
    const read = await server.gql(INVITATION, { id: inv.id }, admin);
    expect(read.data!.invitation.state).toBe("EXPIRED");
    expect(read.data!.invitation.events.map((e: { kind: string }) => e.kind)).toContain("EXPIRED");
    expect(await rows("SELECT actor_type, action FROM audit_event WHERE subject_id = ? AND action = 'INVITATION_EXPIRED'", [inv.id])).toEqual([{ actor_type: "system", action: "INVITATION_EXPIRED" }]);
    const again = await invite(server, admin, { emails: [inv.email], items: [{ productId: t.hr.id }], roleCode: "viewer" });
    expect(again.invitations).toHaveLength(1);
  });

  it("lets an invitation set its own expiry", async () => {
    const expiresAt = new Date(Date.now() + 2 * 86400_000).toISOString();
    const inv = await pending({ expiresAt });
    expect((await server.gql(INVITATION, { id: inv.id }, admin)).data!.invitation.expiresAt).toBe(expiresAt);
  });
});

describe("resend (rule 7)", () => {
  it("sends a fresh link, kills the old one and restarts the expiry", async () => {
    const inv = await pending({ expiresAt: new Date(Date.now() + 86400_000).toISOString() });
    const res = await server.gql(RESEND, { s: { ids: [inv.id] } }, admin);
    expect(res.data!.resendInvitations).toEqual({ count: 1, errors: [] });
    const old = await server.gql(PREVIEW, { token: inv.token });
    expect(old.data!.invitationByToken.status).toBe("INVALID_TOKEN");
    const fresh = await latestToken(inv.id);
    expect(fresh).not.toBe(inv.token);
    const preview = await server.gql(PREVIEW, { token: fresh });
    expect(preview.data!.invitationByToken.status).toBe("VALID");
    const days = (new Date(preview.data!.invitationByToken.expiresAt).getTime() - Date.now()) / 86400_000;
    expect(days).toBeGreaterThan(13.9);
    const [reminder] = await rows("SELECT kind, subject FROM email_message WHERE subject_id = ? ORDER BY created_at DESC, id DESC", [inv.id]);
    expect(reminder!.kind).toBe("reminder");
    const events = (await server.gql(INVITATION, { id: inv.id }, admin)).data!.invitation.events;
    expect(events.at(-1)).toMatchObject({ kind: "RESENT", actorEmail: t.trustAdmin.email });
  });

  it("resends an expired invitation", async () => {
    const inv = await pending();
    await pastExpiry(inv.id);
    await server.work();
    const res = await server.gql(RESEND, { s: { ids: [inv.id] } }, admin);
    expect(res.data!.resendInvitations.count).toBe(1);
    const read = await server.gql(INVITATION, { id: inv.id }, admin);
    expect(read.data!.invitation.state).toBe("PENDING");
    // Its item is open again: a second invitation for the same thing is refused.
    const dup = await invite(server, admin, { emails: [inv.email], items: [{ productId: t.hr.id }], roleCode: "viewer" });
    expect(dup.skipped.map((s) => s.reason)).toEqual(["ALREADY_INVITED"]);
    const accepted = await server.gql(ACCEPT, { token: await latestToken(inv.id), f: "Re", l: "Sent", p: "a-long-enough-password" });
    expect(accepted.data!.acceptInvitation.errors).toEqual([]);
  });

  it("sends no one more than 3 emails about one invitation in 24 hours, and reports the skipped resend", async () => {
    const inv = await pending();
    await server.work(); // the invitation email goes: 1
    expect((await server.gql(RESEND, { s: { ids: [inv.id] } }, admin)).data!.resendInvitations.count).toBe(1);
    await server.work(); // 2
    expect((await server.gql(RESEND, { s: { ids: [inv.id] } }, admin)).data!.resendInvitations.count).toBe(1);
    await server.work(); // 3
    const fourth = await server.gql(RESEND, { s: { ids: [inv.id] } }, admin);
    expect(fourth.data!.resendInvitations.count).toBe(0);
    expect(fourth.data!.resendInvitations.errors).toEqual([{ code: "RESEND_LIMIT", message: expect.stringContaining("3 emails in the last 24 hours") }]);
  });

  it("resends to everyone still unresolved under a filter, with the count", async () => {
    const a = await pending();
    const b = await pending();
    const search = "follow.example.org";
    const before = await rows("SELECT COUNT(*) AS n FROM invitation WHERE email LIKE ? AND state IN ('PENDING', 'SCHEDULED', 'EXPIRED')", [`%${search}`]);
    const res = await server.gql(RESEND, { s: { filter: { search: "person", unresolved: true, productId: t.hr.id } } }, admin);
    expect(res.data!.resendInvitations.count + (res.data!.resendInvitations.errors.length ? 1 : 0)).toBeGreaterThanOrEqual(2);
    expect(Number(before[0]!.n)).toBeGreaterThanOrEqual(2);
    for (const inv of [a, b]) expect((await server.gql(PREVIEW, { token: inv.token })).data!.invitationByToken.status).toBe("INVALID_TOKEN");
  });

  it("doesn't resend accepted, declined or cancelled invitations, and says so", async () => {
    const inv = await pending();
    await server.gql(CANCEL, { s: { ids: [inv.id] } }, admin);
    const res = await server.gql(RESEND, { s: { ids: [inv.id] } }, admin);
    expect(res.data!.resendInvitations).toEqual({ count: 0, errors: [{ code: "NOT_RESENDABLE", message: expect.stringContaining("not resent") }] });
  });
});

describe("history", () => {
  it("gives a scheduled invitation's send time and a resend's new expiry as dates of their own, never as text in the detail", async () => {
    const sendAt = new Date(Date.now() + 3 * 3600_000 + 27_123).toISOString();
    const result = await invite(server, admin, { emails: [`later${++n}@follow.example.org`], items: [{ productId: t.hr.id }], roleCode: "viewer", sendAt });
    const id = result.invitations[0]!.id;
    expect((await server.gql(RESEND, { s: { ids: [id] } }, admin)).data!.resendInvitations.count).toBe(1);

    const { expiresAt, events } = (await server.gql(INVITATION, { id }, admin)).data!.invitation;
    expect(expiresAt).not.toBe(result.invitations[0]!.expiresAt);
    expect(events.map((e: { kind: string; detail: string | null; date: string | null }) => [e.kind, e.detail, e.date])).toEqual([
      ["SCHEDULED", "to be emailed later", sendAt],
      ["RESENT", "a new link", expiresAt],
    ]);
  });
});

describe("cancel (rule 8)", () => {
  it("breaks the link of a cancelled invitation, and the page says it was cancelled", async () => {
    const inv = await pending();
    const res = await server.gql(CANCEL, { s: { ids: [inv.id] } }, admin);
    expect(res.data!.cancelInvitations).toEqual({ count: 1, errors: [] });
    const preview = await server.gql(PREVIEW, { token: inv.token });
    expect(preview.data!.invitationByToken.status).toBe("CANCELLED");
    const accept = await server.gql(ACCEPT, { token: inv.token, f: "A", l: "B", p: "a-long-enough-password" });
    expect(accept.data!.acceptInvitation.errors[0].code).toBe("CANCELLED");
    const audit = await rows("SELECT action, actor_label FROM audit_event WHERE subject_id = ? ORDER BY at", [inv.id]);
    expect(audit.map((a) => [a.action, a.actor_label])).toEqual([
      ["INVITATION_CREATED", t.trustAdmin.email],
      ["INVITATION_CANCELLED", t.trustAdmin.email],
    ]);
  });

  it("withdraws a scheduled invitation's email so it never goes out", async () => {
    const email = `scheduled${++n}@follow.example.org`;
    const result = await invite(server, admin, { emails: [email], items: [{ productId: t.hr.id }], roleCode: "viewer", sendAt: new Date(Date.now() + 3600_000).toISOString() });
    await server.gql(CANCEL, { s: { ids: [result.invitations[0]!.id] } }, admin);
    await rows("UPDATE email_message SET next_attempt_at = ? WHERE subject_id = ?", [sqlDateTime(new Date(Date.now() - 1000)), result.invitations[0]!.id]);
    await server.work();
    const messages = await rows("SELECT status, last_error FROM email_message WHERE subject_id = ?", [result.invitations[0]!.id]);
    expect(messages).toEqual([{ status: "WITHDRAWN", last_error: "Not sent: the invitation was cancelled." }]);
  });

  it("cancels by filter and counts only what was open; ids outside the caller's trust change nothing", async () => {
    const inv = await pending();
    const other = await buildTrust(server.db, "follow-other");
    const foreign = await server.gql(CANCEL, { s: { ids: [inv.id] } }, { apiKey: other.apiKey });
    expect(foreign.data!.cancelInvitations.count).toBe(0);
    expect((await server.gql(PREVIEW, { token: inv.token })).data!.invitationByToken.status).toBe("VALID");
    const res = await server.gql(CANCEL, { s: { filter: { search: inv.email } } }, admin);
    expect(res.data!.cancelInvitations.count).toBe(1);
  });

  it("asks which invitations when the selection is empty", async () => {
    const res = await server.gql(CANCEL, { s: {} }, admin);
    expect(res.data!.cancelInvitations.errors[0].code).toBe("SELECTION_REQUIRED");
  });
});

describe("bulk follow-up limits", () => {
  it("refuses, changing nothing, a resend or cancel of more invitations than one request may change, and says how to narrow it", async () => {
    const emails = Array.from({ length: MAX_BULK + 1 }, (_, i) => `cap${i}@bulk-cap.example.org`);
    await invite(server, admin, { emails: emails.slice(0, MAX_BULK), items: [{ productId: t.hr.id }], roleCode: "viewer" });
    await invite(server, admin, { emails: emails.slice(MAX_BULK), items: [{ productId: t.hr.id }], roleCode: "viewer" });
    const filter = { search: "bulk-cap.example.org" };
    expect((await server.gql(`query($f: InvitationFilter) { invitations(first: 1, filter: $f) { totalCount } }`, { f: filter }, admin)).data!.invitations.totalCount).toBe(MAX_BULK + 1);

    for (const mutation of [CANCEL, RESEND]) {
      const res = await server.gql(mutation, { s: { filter } }, admin);
      const payload = res.data![mutation === CANCEL ? "cancelInvitations" : "resendInvitations"];
      expect(payload.count).toBe(0);
      expect(payload.errors).toEqual([{ code: "TOO_MANY_INVITATIONS", message: expect.stringMatching(/more than 10,000 invitations.*narrow the filter.*Nothing was changed/) }]);
    }
    const byIds = await server.gql(CANCEL, { s: { ids: Array.from({ length: MAX_BULK + 1 }, (_, i) => `00000000-0000-7000-8000-${String(i).padStart(12, "0")}`) } }, admin);
    expect(byIds.data!.cancelInvitations.errors[0].code).toBe("TOO_MANY_INVITATIONS");
    // Nothing was changed: every one is still pending.
    const states = await rows("SELECT state, COUNT(*) AS n FROM invitation WHERE email LIKE ? GROUP BY state", ["%@bulk-cap.example.org"]);
    expect(states.map((r) => [r.state, Number(r.n)])).toEqual([["PENDING", MAX_BULK + 1]]);
    // A narrower filter goes through.
    const narrower = await server.gql(CANCEL, { s: { filter: { search: "cap1@bulk-cap.example.org" } } }, admin);
    expect(narrower.data!.cancelInvitations).toEqual({ count: 1, errors: [] });
  }, 120_000);
});
