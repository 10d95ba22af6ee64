import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTrust, type TrustFixture } from "../../test/fixtures.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { ACCEPT, CANCEL, invite, RESEND, STATS, tokenOf } from "../../test/invitations.js";
import { compareTallies } from "../invitation/invitation-tally.js";

let server: TestServer;
let t: TrustFixture;
let admin: { cookie: string };

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "stats-race", { staffPerSchool: 24 });
  admin = { cookie: await server.signIn(t.trustAdmin.email, t.trustAdmin.password) };
});
afterAll(() => server?.close());

const COUNT = `query($filter: InvitationFilter) { invitations(first: 1, filter: $filter) { totalCount } }`;

describe("invitationStats under concurrent writes", () => {
  it("stats equal the list's totalCount and a GROUP BY of the rows after concurrent invites, cancels, accepts and resends", async () => {
    const staffAt = (i: number) => t.staff.filter((s) => s.schoolId === t.schools[i]!.id && s.id !== t.staff[0]!.id);
    // Invitations to answer and withdraw while others are being made.
    const first = await invite(server, admin, { staffIds: staffAt(2).map((s) => s.id), items: [{ productId: t.hr.id }], roleCode: "viewer", returnLinks: true });
    const links = first.links;
    expect(links.length).toBeGreaterThan(15);

    const gql = async (query: string, variables: Record<string, unknown>, caller = admin) => {
      const res = await server.gql(query, variables, caller);
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data;
    };
    const work: Promise<unknown>[] = [];
    // Invites that overlap (the same people and products from several requests: rule 4 retries).
    for (let i = 0; i < 8; i++) {
      const people = staffAt(i % 2).slice((i * 3) % 12, ((i * 3) % 12) + 8).map((s) => s.id);
      work.push(invite(server, admin, { staffIds: people, items: [{ productId: t.mis.id, schoolIds: [t.schools[0]!.id, t.schools[1]!.id], cohortId: i % 2 ? t.cohort.id : undefined }], roleCode: i % 3 ? "teacher" : "admin" }));
      work.push(invite(server, admin, { staffIds: people.slice(0, 4), items: [{ productId: t.hr.id }], roleCode: "viewer" }));
    }
    // Accepts and cancels racing for the same invitations, and resends.
    for (const [i, link] of links.entries()) {
      if (i % 3 === 0) work.push(gql(ACCEPT, { token: tokenOf(link.url), f: "Race", l: `Runner${i}`, p: "a-long-enough-password" }));
      if (i % 2 === 0) work.push(gql(CANCEL, { s: { ids: [link.invitationId] } }));
      if (i % 5 === 1) work.push(gql(RESEND, { s: { ids: [link.invitationId] } }));
    }
    // And the outbox delivering meanwhile.
    work.push(server.work());
    work.push(server.work());
    const results = await Promise.allSettled(work);
    const failures = results.filter((r) => r.status === "rejected");
    expect(failures).toEqual([]);
    await server.work();

    const rows = (await server.db.dataSource.query("SELECT state, COUNT(*) AS n FROM invitation WHERE trust_id = ? GROUP BY state", [t.trust.id])) as { state: string; n: number | string }[];
    const grouped = Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
    const total = Object.values(grouped).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(links.length + 20);

    const stats = (await gql(STATS, {})).invitationStats as { total: number; byState: { state: string; count: number }[] };
    expect(stats.total).toBe(total);
    expect(Object.fromEntries(stats.byState.filter((s) => s.count > 0).map((s) => [s.state, s.count]))).toEqual(grouped);
    expect((await gql(COUNT, {})).invitations.totalCount).toBe(total);
    for (const filter of [{ productId: t.mis.id }, { productId: t.hr.id, states: ["PENDING"] }, { cohortId: t.cohort.id }, { schoolId: t.schools[1]!.id }]) {
      const [{ n }] = (await server.db.dataSource.query(
        `SELECT COUNT(*) AS n FROM invitation inv WHERE inv.trust_id = ?${filter.schoolId ? " AND inv.school_id = ?" : ""}${filter.states ? " AND inv.state = 'PENDING'" : ""}
         ${filter.schoolId ? "" : `AND EXISTS (SELECT 1 FROM invitation_item it WHERE it.invitation_id = inv.id AND ${filter.cohortId ? "it.cohort_id" : "it.product_id"} = ?)`}`,
        [t.trust.id, filter.schoolId ?? filter.cohortId ?? filter.productId],
      )) as [{ n: number | string }];
      expect((await gql(STATS, { filter })).invitationStats.total, JSON.stringify(filter)).toBe(Number(n));
      expect((await gql(COUNT, { filter })).invitations.totalCount, JSON.stringify(filter)).toBe(Number(n));
    }
    const { kept, counted } = await compareTallies(server.db.dataSource.manager, server.db.dialect, t.trust.id);
    expect(kept).toEqual(counted);
  });
});
