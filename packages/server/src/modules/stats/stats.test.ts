import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlDateTime } from "../../db/raw.js";
import { buildTrust, type TrustFixture } from "../../test/fixtures.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { ACCEPT, CANCEL, DECLINE, invite, RESEND, STATS, tokenOf } from "../../test/invitations.js";
import { InvitationClock } from "../invitation/invitation-clock.js";
import { recordInvitationDelivery } from "../invitation/invitation-delivery.js";
import { compareTallies } from "../invitation/invitation-tally.js";

const COUNT = `query($filter: InvitationFilter) { invitations(first: 2, filter: $filter) { totalCount edges { node { id } } } }`;
const SUMMARIES = `query($filter: InvitationFilter) { schoolInvitationSummaries(filter: $filter) { school { id } total unresolved unsent accepted errors lastSentAt } }`;

interface Stats {
  total: number;
  byState: { state: string; count: number }[];
  byDay: { day: string; sent: number; accepted: number }[];
  bySchool: { school: { id: string }; total: number; accepted: number; pending: number }[];
  byProduct: { product: { id: string }; total: number; accepted: number; pending: number }[];
  acceptanceRate: number;
  medianHoursToAccept: number | null;
}

let server: TestServer;
let t: TrustFixture;
let other: TrustFixture;
let admin: { cookie: string };
let head: { cookie: string };
const DAY = 24 * 60 * 60 * 1000;

async function stats(variables: Record<string, unknown>, caller: { cookie?: string; apiKey?: string } = admin): Promise<Stats> {
  const res = await server.gql(STATS, variables, caller);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.invitationStats as Stats;
}
async function totalCount(filter: Record<string, unknown> | null, caller: { cookie?: string; apiKey?: string } = admin): Promise<number> {
  const res = await server.gql(COUNT, { filter }, caller);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.invitations.totalCount as number;
}
type Row = { id: string; school_id: string | null; state: string; delivery: string | null; sent_at: string | Date | null; responded_at: string | Date | null };
const rows = async (trustId: string): Promise<Row[]> =>
  server.db.dataSource.query("SELECT id, school_id, state, delivery, sent_at, responded_at FROM invitation WHERE trust_id = ?", [trustId]);
const asDate = (v: string | Date | null) => (v === null ? null : v instanceof Date ? v : new Date(`${v.replace(" ", "T")}Z`));

/** Every kind of change an invitation goes through, through the write paths the app uses. */
async function liveThroughEverything(fixture: TrustFixture, caller: { cookie?: string; apiKey?: string }) {
  const atSchool = (i: number) => fixture.staff.filter((s) => s.schoolId === fixture.schools[i]!.id && s.id !== fixture.staff[0]!.id).map((s) => s.id);
  // MIS at two schools for people of both (an invitation holding the product twice), in a cohort;
  // the member is granted at once (ACCEPTED without an email first).
  const mis = await invite(server, caller, {
    staffIds: [fixture.staff[0]!.id, ...atSchool(0), ...atSchool(1).slice(0, 3)],
    items: [{ productId: fixture.mis.id, schoolIds: [fixture.schools[0]!.id, fixture.schools[1]!.id], cohortId: fixture.cohort.id }],
    roleCode: "teacher",
    returnLinks: true,
  });
  // MIS with the other role at the second school only, and HR (trust-level) for the third school's staff.
  const misAdmins = await invite(server, caller, { staffIds: atSchool(1).slice(3), items: [{ productId: fixture.mis.id, schoolIds: [fixture.schools[1]!.id] }], roleCode: "admin", returnLinks: true });
  const hr = await invite(server, caller, { staffIds: atSchool(2), items: [{ productId: fixture.hr.id }], roleCode: "viewer", returnLinks: true });
  // Scheduled for later, by email.
  const later = new Date(Date.now() + 2 * DAY);
  const scheduled = await invite(server, caller, {
    emails: ["later.one@example.org", "later.two@example.org"],
    items: [{ productId: fixture.hr.id }],
    roleCode: "viewer",
    sendAt: later.toISOString(),
  });
  // The emails go out: delivery SENT, sentAt set.
  await server.work();
  // Accept some, decline one, cancel one, resend one; a delivery fails.
  const links = [...mis.links, ...misAdmins.links, ...hr.links];
  for (const link of links.slice(0, 3)) {
    const res = await server.gql(ACCEPT, { token: tokenOf(link.url), f: "New", l: "Person", p: "a-long-enough-password" });
    expect(res.data!.acceptInvitation.errors).toEqual([]);
  }
  expect((await server.gql(DECLINE, { token: tokenOf(links[3]!.url) })).data!.declineInvitation.errors).toEqual([]);
  expect((await server.gql(CANCEL, { s: { ids: [links[4]!.invitationId] } }, caller)).data!.cancelInvitations.count).toBe(1);
  expect((await server.gql(RESEND, { s: { ids: [links[5]!.invitationId] } }, caller)).data!.resendInvitations.count).toBe(1);
  await recordInvitationDelivery(server.db.dataSource, {
    id: "x",
    kind: "invitation",
    subjectType: "Invitation",
    subjectId: links[6]!.invitationId,
    ok: false,
    error: "550 mailbox unavailable",
    at: new Date(),
  });
  // One expires (its expiry moved into the past: expiry itself is not counted), and the clock marks it.
  await server.db.dataSource.query("UPDATE invitation SET expires_at = ? WHERE id = ?", ["2020-01-01 00:00:00.000", links[7]!.invitationId]);
  // The scheduled ones' time comes: the clock makes them PENDING.
  const clock = new InvitationClock(server.db.dataSource);
  await server.db.dataSource.query(`UPDATE invitation SET send_at = ? WHERE id IN (?, ?)`, ["2020-01-01 00:00:00.000", scheduled.invitations[0]!.id, scheduled.invitations[1]!.id]);
  const ticked = await clock.tick();
  expect(ticked).toEqual({ sending: 2, expired: 1 });
  // An access granted by an accepted invitation is revoked.
  const [granted] = (await server.db.dataSource.query(
    "SELECT a.id FROM access a JOIN invitation_item it ON it.id = a.invitation_item_id WHERE a.trust_id = ? AND a.revoked_at IS NULL LIMIT 1",
    [fixture.trust.id],
  )) as { id: string }[];
  const revoked = await server.gql(`mutation($id: ID!) { revokeAccess(accessId: $id) { count } }`, { id: granted!.id }, caller);
  expect(revoked.data!.revokeAccess.count).toBe(1);
  await server.work();
}

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "stats", { staffPerSchool: 8 });
  other = await buildTrust(server.db, "stats-other", { staffPerSchool: 3 });
  admin = { cookie: await server.signIn(t.trustAdmin.email, t.trustAdmin.password) };
  head = { cookie: await server.signIn(t.schoolAdmin.email, t.schoolAdmin.password) };
  await liveThroughEverything(t, admin);
  await invite(server, { apiKey: other.apiKey }, { staffIds: other.staff.slice(1).map((s) => s.id), items: [{ productId: other.hr.id }], roleCode: "viewer" });
});
afterAll(() => server?.close());

describe("invitation tallies", () => {
  it("stay equal to the invitations counted from scratch after invite, resend, cancel, accept, decline, expiry, promotion, delivery failure and revoke", async () => {
    const { kept, counted } = await compareTallies(server.db.dataSource.manager, server.db.dialect, t.trust.id);
    expect(Object.keys(counted).length).toBeGreaterThan(20);
    expect(kept).toEqual(counted);
    const states = new Set((await rows(t.trust.id)).map((r) => r.state));
    // Every state and delivery outcome was reached.
    expect([...states].sort()).toEqual(["ACCEPTED", "CANCELLED", "DECLINED", "EXPIRED", "PENDING"]);
  });
});

describe("invitationStats", () => {
  it("invitationStats equals the list's counts for the same filters", async () => {
    const today = new Date();
    const dayStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
    const filters: (Record<string, unknown> | null)[] = [
      null,
      {},
      { states: ["PENDING"] },
      { states: ["ACCEPTED", "DECLINED"] },
      { unresolved: true },
      { unresolved: false },
      { productId: t.mis.id },
      { productId: t.hr.id, states: ["PENDING"] },
      { roleId: t.roles.misAdmin.id },
      { productId: t.mis.id, roleId: t.roles.hrViewer.id },
      { cohortId: t.cohort.id },
      { cohortId: t.cohort.id, roleId: t.roles.misTeacher.id },
      { schoolId: t.schools[1]!.id },
      { schoolId: t.schools[0]!.id, productId: t.mis.id },
      { delivery: "FAILED" },
      { delivery: "SENT", states: ["PENDING"] },
      { search: "person1" },
      // Whole UTC days (the day tally), and times within a day (the rows).
      { sentFrom: dayStart.toISOString(), sentTo: new Date(dayStart.getTime() + DAY - 1).toISOString() },
      { sentFrom: new Date(dayStart.getTime() - 3 * DAY).toISOString(), states: ["PENDING"] },
      { sentTo: new Date(dayStart.getTime() - 1).toISOString() },
      { sentFrom: new Date(Date.now() - 60 * 60 * 1000).toISOString() },
      { productId: "no-such-product" },
      { roleId: "no-such-role" },
      // Expiring within a window, as the Dashboard asks (no tally records expiry: counted from the rows).
      { states: ["PENDING"], expiresFrom: new Date().toISOString(), expiresTo: new Date(Date.now() + 15 * DAY).toISOString() },
    ];
    const expiring: { n: number | string }[] = await server.db.dataSource.query(
      "SELECT COUNT(*) AS n FROM invitation WHERE trust_id = ? AND state = 'PENDING' AND expires_at >= ? AND expires_at <= ?",
      [t.trust.id, sqlDateTime(new Date()), sqlDateTime(new Date(Date.now() + 15 * DAY))],
    );
    expect(Number(expiring[0]!.n)).toBeGreaterThan(0);
    expect(await totalCount(filters.at(-1)!)).toBe(Number(expiring[0]!.n));
    for (const filter of filters) {
      const s = await stats({ filter });
      const count = await totalCount(filter);
      const label = JSON.stringify(filter);
      expect(s.total, label).toBe(count);
      expect(s.byState.reduce((sum, b) => sum + b.count, 0), label).toBe(count);
      expect(s.byState.map((b) => b.state), label).toEqual(["SCHEDULED", "PENDING", "ACCEPTED", "DECLINED", "CANCELLED", "EXPIRED"]);
      const res = await server.gql(SUMMARIES, { filter }, admin);
      const summaries = res.data!.schoolInvitationSummaries as { school: { id: string }; total: number; unresolved: number; accepted: number }[];
      // By school: the organisation view's rows, for every invitation listed under a school.
      expect(s.bySchool.map((b) => [b.school.id, b.total, b.accepted, b.pending]).sort(), label).toEqual(summaries.map((r) => [r.school.id, r.total, r.accepted, r.unresolved]).sort());
      // By state: each state's count is the list filtered by that state as well.
      if (!filter || (!("states" in filter) && !("unresolved" in filter))) {
        for (const { state, count: n } of s.byState) expect(n, `${label} ${state}`).toBe(await totalCount({ ...(filter ?? {}), states: [state] }));
      }
      // By product: each product's count is the list filtered by it as well.
      for (const product of s.byProduct) {
        if ((filter as { productId?: string } | null)?.productId && (filter as { productId: string }).productId !== product.product.id) continue;
        expect(product.total, `${label} product ${product.product.id}`).toBe(await totalCount({ ...(filter ?? {}), productId: product.product.id }));
      }
    }
  });

  it("counts sent and accepted by UTC day, the acceptance rate and the median hours to accept, from the invitations themselves", async () => {
    const all = await rows(t.trust.id);
    const s = await stats({});
    expect(s.byDay).toHaveLength(30);
    const today = new Date().toISOString().slice(0, 10);
    expect(s.byDay[29]!.day).toBe(today);
    const sentToday = all.filter((r) => r.sent_at && asDate(r.sent_at)!.toISOString().slice(0, 10) === today).length;
    const acceptedToday = all.filter((r) => r.state === "ACCEPTED" && r.responded_at && asDate(r.responded_at)!.toISOString().slice(0, 10) === today).length;
    expect(s.byDay[29]).toEqual({ day: today, sent: sentToday, accepted: acceptedToday });
    expect(sentToday).toBeGreaterThan(5);
    expect(s.byDay.slice(0, 29).every((d) => d.sent === 0 && d.accepted === 0)).toBe(true);

    const count = (state: string) => all.filter((r) => r.state === state).length;
    expect(s.acceptanceRate).toBeCloseTo(count("ACCEPTED") / (all.length - count("SCHEDULED") - count("CANCELLED")), 10);
    const minutes = all
      .filter((r) => r.state === "ACCEPTED" && r.sent_at && r.responded_at && asDate(r.responded_at)! >= asDate(r.sent_at)!)
      .map((r) => Math.floor((asDate(r.responded_at)!.getTime() - asDate(r.sent_at)!.getTime()) / 60_000))
      .sort((a, b) => a - b);
    expect(minutes.length).toBeGreaterThan(0);
    const median = minutes.length % 2 ? minutes[(minutes.length - 1) / 2]! : (minutes[minutes.length / 2 - 1]! + minutes[minutes.length / 2]!) / 2;
    expect(s.medianHoursToAccept).toBe(median / 60);
    // The same answer from the rows (a filter the tallies can't answer) as from the tallies.
    const fromRows = await stats({ filter: { search: "@" } });
    expect(fromRows.medianHoursToAccept).toBe(s.medianHoursToAccept);
    expect(fromRows.byDay).toEqual(s.byDay);
    expect(fromRows.byProduct).toEqual(s.byProduct);
    expect((await stats({ filter: { states: ["PENDING"] } })).medianHoursToAccept).toBeNull();

    // A range of days of one's own; a backwards or too long one is refused, saying how to fix it.
    const ranged = await stats({ from: "2026-01-30T10:00:00Z", to: "2026-02-02T00:00:00Z" });
    expect(ranged.byDay.map((d) => d.day)).toEqual(["2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02"]);
    const backwards = await server.gql(STATS, { from: "2026-02-02T00:00:00Z", to: "2026-01-30T00:00:00Z" }, admin);
    expect(backwards.errors?.[0]?.message).toMatch(/is after `to`.*swap them/);
    const long = await server.gql(STATS, { from: "2020-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }, admin);
    expect(long.errors?.[0]?.message).toMatch(/ask for at most 731 days/);
  });

  it("scope: a school admin's stats cover only their school, another trust's nothing", async () => {
    const school = t.schools[0]!.id;
    const mine = await stats({}, head);
    expect(mine.total).toBe(await totalCount(null, head));
    // Every invitation holding an item at their school, and no other.
    const [{ n }] = (await server.db.dataSource.query(
      "SELECT COUNT(DISTINCT invitation_id) AS n FROM invitation_item WHERE trust_id = ? AND school_id = ?",
      [t.trust.id, school],
    )) as [{ n: number | string }];
    expect(mine.total).toBe(Number(n));
    expect(mine.total).toBeLessThan((await stats({})).total);
    expect(mine.bySchool.map((b) => b.school.id)).toEqual([school]);
    for (const filter of [{ states: ["PENDING"] }, { productId: t.mis.id }, { productId: t.hr.id }, { schoolId: t.schools[1]!.id }, { delivery: "SENT" }]) {
      const s = await stats({ filter }, head);
      expect(s.total, JSON.stringify(filter)).toBe(await totalCount(filter, head));
    }
    // Another trust's admin or key: their own invitations only; our ids count nothing.
    const theirs = await stats({}, { apiKey: other.apiKey });
    expect(theirs.total).toBe((await rows(other.trust.id)).length);
    expect(theirs.bySchool.every((b) => other.schools.some((s) => s.id === b.school.id))).toBe(true);
    expect((await stats({ filter: { productId: t.mis.id } }, { apiKey: other.apiKey })).total).toBe(0);
    expect((await stats({ filter: { schoolId: school } }, { apiKey: other.apiKey })).total).toBe(0);
    // Not signed in: refused.
    const anonymous = await server.gql(STATS, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
