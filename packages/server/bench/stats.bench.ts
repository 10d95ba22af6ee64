// Counts on the large seed (1,000,000 invitations), each through the whole stack (HTTP, API key,
// GraphQL) beside the hand-written GROUP BY that reads every invitation it covers, timed alone
// in MariaDB: the dashboard's default view (invitationStats, no filter), the organisation view
// of the whole trust and filtered by the commonest product, and the people view's first page
// with its totalCount. Each must take at most 0.2× its GROUP BY: they read the tallies kept in
// step with the invitations (src/modules/invitation/invitation-tally.ts), not the invitations.
import { performance } from "node:perf_hooks";
import type { Pool, RowDataPacket } from "mysql2/promise";
import { compareTallies, recomputeTallies } from "../src/modules/invitation/invitation-tally.js";
import { poolLikeTheApp } from "./bare-staff-route.js";
import { post, type Call } from "./http.js";
import { invitationPageQuery } from "./invitations.bench.js";
import type { Statement } from "./sql.js";
import { timing, type BenchLine, type BenchmarkDefinition } from "./types.js";

export const STATS_TARGET = 0.2;

const DASHBOARD = `query Dashboard {
  invitationStats {
    total byState { state count } byDay { day sent accepted }
    bySchool { school { id name } total accepted pending } byProduct { product { id name } total accepted pending }
    acceptanceRate medianHoursToAccept
  }
}`;
const ORGANISATION = `query Organisation($filter: InvitationFilter) {
  schoolInvitationSummaries(filter: $filter) { total unresolved unsent accepted errors productsAgreed productsTotal lastSentAt school { id name urn postcode } }
}`;

interface Answer<T> {
  data?: T;
  errors?: unknown[];
}

/** One request at a time: how long each took, in ms (after one warm-up when asked). */
async function timeRequests(call: Call, rounds: number, warm = false): Promise<number[]> {
  if (warm) await post(call);
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const text = await post(call);
    out.push(performance.now() - started);
    if ((JSON.parse(text) as Answer<unknown>).errors) throw new Error(`a stats request answered errors: ${text.slice(0, 300)}`);
  }
  return out;
}

/** The statement alone, `rounds` times (after one warm-up when asked), in ms each. */
async function timeSql(pool: Pool, statement: Statement, rounds: number, warm = false): Promise<number[]> {
  if (warm) await pool.query(statement.sql, statement.params);
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await pool.query(statement.sql, statement.params);
    out.push(performance.now() - started);
  }
  return out;
}

export const statsBenchmark: BenchmarkDefinition = {
  name: "stats",
  async run({ setup, load, log }) {
    const pool = poolLikeTheApp(setup.config.database);
    const rounds = Math.max(3, load.rounds);
    try {
      const trustId = setup.trustId;
      const [counted] = await pool.query<RowDataPacket[]>("SELECT state, COUNT(*) AS n FROM `invitation` WHERE trust_id = ? GROUP BY state", [trustId]);
      const total = counted.reduce((sum, r) => sum + Number(r.n), 0);
      log(`stats: ${total.toLocaleString("en-GB")} invitations in the bench trust.`);
      if (total < 1_000_000) log(`stats: NOTE fewer than 1,000,000 invitations (${total}): the large seed isn't (fully) there; figures are not the target's.`);

      // The tallies must be in step before anything is timed. Others share this database, and an
      // older build writing invitations (or a cleanup deleting them) doesn't keep them: then count afresh.
      const [tallied] = await pool.query<RowDataPacket[]>(
        "SELECT state, SUM(n) AS n FROM `invitation_tally` WHERE trust_id = ? AND facet_product = '' AND facet_role = '' AND facet_cohort = '' GROUP BY state HAVING SUM(n) <> 0",
        [trustId],
      );
      const asMap = (rows: RowDataPacket[]) => JSON.stringify(Object.fromEntries(rows.map((r) => [r.state as string, Number(r.n)]).sort()));
      if (asMap(tallied) !== asMap(counted)) {
        log(`stats: the tallies (${asMap(tallied)}) differ from the invitations (${asMap(counted)}): counting them afresh…`);
        const started = performance.now();
        await setup.db.dataSource.transaction((manager) => recomputeTallies(manager, "mariadb", trustId));
        log(`stats: recounted in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      }
      if (process.env.BENCH_STATS_VERIFY === "1") {
        const { kept, counted: recount } = await compareTallies(setup.db.dataSource.manager, "mariadb", trustId);
        if (JSON.stringify(kept) !== JSON.stringify(Object.fromEntries(Object.entries(recount).sort()))) {
          const keys = new Set([...Object.keys(kept), ...Object.keys(recount)]);
          const differ = [...keys].filter((k) => kept[k] !== recount[k]);
          if (differ.length) throw new Error(`the tallies differ from a recount at ${differ.length} keys, e.g. ${differ.slice(0, 3).join("; ")}`);
        }
        log("stats: every tally equals a recount from the invitations.");
      }

      const [[common]] = (await pool.query<RowDataPacket[]>(
        "SELECT it.product_id AS product_id, p.name AS name, COUNT(*) AS items FROM invitation_item it JOIN product p ON p.id = it.product_id WHERE it.trust_id = ? GROUP BY it.product_id, p.name ORDER BY items DESC LIMIT 1",
        [trustId],
      )) as unknown as [Record<string, string | number>[]];
      if (!common) throw new Error("the bench trust has no invitation items: is it seeded?");
      const productId = String(common.product_id);

      const headers = { "content-type": "application/json", authorization: `Bearer ${setup.apiKey}` };
      const call = (query: string, variables: Record<string, unknown> = {}): Call => ({ url: `${setup.url}/graphql`, headers, body: JSON.stringify({ query, variables }) });
      const dashboard = call(DASHBOARD);
      const organisation = call(ORGANISATION);
      const byProduct = call(ORGANISATION, { filter: { productId } });
      const people = call(invitationPageQuery, { first: 50 });

      // The hand-written GROUP BYs, each reading every invitation its view covers.
      const schoolStates: Statement = { sql: "SELECT school_id, state, COUNT(*) AS n FROM `invitation` WHERE trust_id = ? GROUP BY school_id, state", params: [trustId] };
      const outcomes = (product: string | null): Statement => ({
        sql: `SELECT inv.school_id, COUNT(*) AS total,
                SUM(CASE WHEN inv.state = 'PENDING' THEN 1 ELSE 0 END) AS unresolved,
                SUM(CASE WHEN inv.state = 'SCHEDULED' OR inv.awaiting_approval = 1 THEN 1 ELSE 0 END) AS unsent,
                SUM(CASE WHEN inv.state = 'ACCEPTED' THEN 1 ELSE 0 END) AS accepted,
                SUM(CASE WHEN inv.delivery = 'FAILED' THEN 1 ELSE 0 END) AS errors, MAX(inv.sent_at) AS last_sent_at
              FROM \`invitation\` inv${product ? " JOIN (SELECT DISTINCT it.invitation_id FROM `invitation_item` it WHERE it.trust_id = ? AND it.product_id = ?) p ON p.invitation_id = inv.id" : ""}
              WHERE inv.trust_id = ? AND inv.school_id IS NOT NULL GROUP BY inv.school_id`,
        params: product ? [trustId, product, trustId] : [trustId],
      });
      const countAll: Statement = { sql: "SELECT COUNT(*) AS total FROM `invitation` WHERE trust_id = ?", params: [trustId] };

      // Correctness first: each view answers what its GROUP BY counts.
      const dashboardJson = (JSON.parse(await post(dashboard)) as Answer<{ invitationStats: { total: number; bySchool: { school: { id: string }; total: number }[] } }>).data!.invitationStats;
      if (dashboardJson.total !== total) throw new Error(`the dashboard's total is ${dashboardJson.total}, not ${total}`);
      const [perSchool] = await pool.query<RowDataPacket[]>(schoolStates.sql, schoolStates.params);
      const schoolTotals = new Map<string, number>();
      for (const r of perSchool) if (r.school_id) schoolTotals.set(r.school_id as string, (schoolTotals.get(r.school_id as string) ?? 0) + Number(r.n));
      for (const s of dashboardJson.bySchool) if (schoolTotals.get(s.school.id) !== s.total) throw new Error(`the dashboard counts ${s.total} at school ${s.school.id}, the rows ${schoolTotals.get(s.school.id)}`);
      const sameOutcomes = async (label: string, request: Call, statement: Statement) => {
        const answered = (JSON.parse(await post(request)) as Answer<{ schoolInvitationSummaries: { school: { id: string }; total: number; unresolved: number; unsent: number; accepted: number; errors: number; lastSentAt: string | null }[] }>).data!
          .schoolInvitationSummaries;
        const [rows] = await pool.query<RowDataPacket[]>(statement.sql, statement.params);
        const expected = JSON.stringify(rows.map((r) => [r.school_id, Number(r.total), Number(r.unresolved), Number(r.unsent), Number(r.accepted), Number(r.errors), r.last_sent_at ? (r.last_sent_at as Date).toISOString() : null]).sort());
        const actual = JSON.stringify(answered.map((s) => [s.school.id, s.total, s.unresolved, s.unsent, s.accepted, s.errors, s.lastSentAt]).sort());
        if (expected !== actual) throw new Error(`${label} differs from its GROUP BY: ${actual.slice(0, 300)} vs ${expected.slice(0, 300)}`);
      };
      await sameOutcomes("the organisation view", organisation, outcomes(null));
      await sameOutcomes(`the organisation view by ${String(common.name)}`, byProduct, outcomes(productId));
      const page = (JSON.parse(await post(people)) as Answer<{ invitations: { totalCount: number; edges: unknown[] } }>).data!.invitations;
      if (page.totalCount !== total || page.edges.length !== 50) throw new Error(`the people view's first page has ${page.edges.length} rows and totalCount ${page.totalCount}, not 50 and ${total}`);
      log("stats: the dashboard, the organisation view (whole trust and by product) and the people view's count equal their GROUP BYs.");

      const lines: BenchLine[] = [];
      const measure = async (label: string, request: Call, baselineLabel: string, baseline: Statement) => {
        log(`stats: timing ${label} against ${baselineLabel} (${rounds} rounds each, alternating)…`);
        await timeRequests(request, 0, true);
        await timeSql(pool, baseline, 0, true);
        const subject: number[] = [];
        const base: number[] = [];
        for (let i = 0; i < rounds; i++) {
          subject.push(...(await timeRequests(request, 1)));
          base.push(...(await timeSql(pool, baseline, 1)));
        }
        lines.push(timing(label, subject, { baselineLabel, baselineRoundsMs: base, maxRatio: STATS_TARGET }));
      };
      await measure("dashboard default view (invitationStats)", dashboard, "GROUP BY school, state", schoolStates);
      await measure("organisation view, whole trust", organisation, "its GROUP BY school", outcomes(null));
      await measure(`organisation view by ${String(common.name)}`, byProduct, "its GROUP BY school", outcomes(productId));
      await measure("people view page 1 with totalCount", people, "COUNT(*) of the trust", countAll);
      return lines;
    } finally {
      await pool.end();
    }
  },
};
