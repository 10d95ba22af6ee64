// inviteStaff at scale: 500 roster staff × 1 school-level product × 10 schools in one request
// through the whole stack (HTTP, API-key auth, GraphQL, the InviteService: its loads, plan,
// one write transaction, in which it composes 500 emails for the outbox), against the raw multi-row INSERT of the very
// rows it wrote (mysql2, 1,000 rows a statement, one transaction). Every round invites the same
// 500 people afresh: their rows are deleted after each round, and after each baseline insert.
import type { DataSource } from "typeorm";
import { tallyChange } from "../src/modules/invitation/invitation-tally.js";
import { performance } from "node:perf_hooks";
import { createConnection, type Connection, type Pool, type RowDataPacket } from "mysql2/promise";
import { connectionLikeTheApp, poolLikeTheApp } from "./bare-staff-route.js";
import { post, type Call } from "./http.js";
import type { MariaDbConfig } from "./setup.js";
import { median, timing, type BenchmarkDefinition } from "./types.js";

export const INVITE_PEOPLE = 500;
export const INVITE_SCHOOLS = 10;
export const SMALL_INVITE_PEOPLE = 50;
/** The request may take at most this many times the raw insert of its rows… */
export const INVITE_MAX_RATIO = 3;
/** …and must answer within this (ms), on MariaDB. */
export const INVITE_MAX_MS = 500;
/** Rows per INSERT statement in the baseline (fewer when a statement would near max_allowed_packet). */
const RAW_CHUNK = 1000;

/** The web app's InviteStaff mutation, selection and all. */
const inviteMutation = `mutation InviteStaff($input: InviteStaffInput!) {
  inviteStaff(input: $input) {
    summary { invitations items newPeople existingUsers skipped }
    skipped { email productId schoolId reason }
    errors { code field message }
    invitations { id email firstName lastName state existingUser sendAt expiresAt }
    links { invitationId email url }
  }
}`;

interface InvitePayload {
  summary: { invitations: number; items: number; newPeople: number; existingUsers: number; skipped: number };
  skipped: { email: string; reason: string }[];
  errors: { code: string; message: string }[];
  invitations: { id: string }[];
}

/** The tables one invitation request writes, and how to find its rows by invitation id. */
const WRITTEN = [
  { table: "invitation", where: "id IN (?)" },
  { table: "invitation_item", where: "invitation_id IN (?)" },
  // Accesses granted at once (existing users, a GRANT_EXISTING_USERS product; none when the product
  // asks people to accept). Found through the invitees' accounts: access.invitation_item_id has no index.
  {
    table: "access",
    where:
      "user_id IN (SELECT u.id FROM `user` u JOIN invitation i ON i.email = u.email WHERE i.id IN (?)) AND invitation_item_id IN (SELECT it.id FROM invitation_item it WHERE it.invitation_id IN (?))",
  },
  { table: "invitation_event", where: "invitation_id IN (?)" },
  { table: "email_message", where: "subject_type = 'Invitation' AND subject_id IN (?)" },
  { table: "audit_event", where: "subject_type = 'Invitation' AND subject_id IN (?)" },
] as const;

/** The invitation ids for every `?` of a WRITTEN clause. */
const idsFor = (where: string, invitationIds: string[]) => Array.from({ length: where.split("?").length - 1 }, () => invitationIds);

export interface Captured {
  table: string;
  columns: string[];
  rows: unknown[][];
  bytes: number;
}

interface Scenario {
  productId: string;
  productName: string;
  roleCode: string;
  schoolIds: string[];
  staffIds: string[];
}

/**
 * A school-level product (one that asks people to accept, when one will do) with an active
 * subscription at ≥ 10 schools, 10 of those schools, and 500 of their staff with neither an
 * access to the product nor an open invitation for it: each gets one invitation of 10 items.
 */
export async function chooseScenario(pool: Pool, trustId: string): Promise<Scenario> {
  const now = new Date();
  const [products] = await pool.query<RowDataPacket[]>(
    `SELECT p.id, p.name, (SELECT r.code FROM product_role r WHERE r.product_id = p.id ORDER BY r.position, r.code LIMIT 1) AS role_code,
            COUNT(DISTINCT sub.school_id) AS schools
     FROM product p JOIN subscription sub ON sub.product_id = p.id AND sub.trust_id = p.trust_id AND sub.school_id IS NOT NULL
       AND sub.starts_at <= ? AND (sub.ends_at IS NULL OR sub.ends_at > ?)
     WHERE p.trust_id = ? AND p.level = 'SCHOOL'
     GROUP BY p.id, p.name, p.acceptance HAVING schools >= ? AND role_code IS NOT NULL
     ORDER BY p.acceptance = 'REQUIRE_ACCEPTANCE' DESC, schools DESC, p.id`,
    [now, now, trustId, INVITE_SCHOOLS],
  );
  const shortOf: string[] = [];
  for (const product of products) {
    const [subscribed] = await pool.query<RowDataPacket[]>(
      `SELECT DISTINCT sub.school_id FROM subscription sub
       WHERE sub.trust_id = ? AND sub.product_id = ? AND sub.school_id IS NOT NULL AND sub.starts_at <= ? AND (sub.ends_at IS NULL OR sub.ends_at > ?)`,
      [trustId, product.id, now, now],
    );
    // In steps, each on an index: those schools' staff, then which of their emails already hold
    // an access to the product or an open invitation item for it.
    const [staff] = await pool.query<RowDataPacket[]>("SELECT id, email, school_id FROM staff WHERE trust_id = ? AND school_id IN (?) ORDER BY id", [
      trustId,
      subscribed.map((s) => s.school_id as string),
    ]);
    const emails = [...new Set(staff.map((s) => (s.email as string).toLowerCase()))];
    const [withAccess] = await pool.query<RowDataPacket[]>(
      `SELECT DISTINCT u.email FROM \`user\` u JOIN \`access\` a ON a.user_id = u.id AND a.trust_id = ? AND a.product_id = ? AND a.revoked_at IS NULL
       WHERE u.email IN (?)`,
      [trustId, product.id, emails],
    );
    const [withOpenItem] = await pool.query<RowDataPacket[]>(
      `SELECT DISTINCT i.email FROM invitation i JOIN invitation_item it ON it.invitation_id = i.id AND it.product_id = ? AND it.open_key IS NOT NULL
       WHERE i.trust_id = ? AND i.email IN (?)`,
      [product.id, trustId, emails],
    );
    const taken = new Set([...withAccess, ...withOpenItem].map((r) => (r.email as string).toLowerCase()));
    const seen = new Set<string>();
    const free = new Map<string, string[]>();
    for (const s of staff) {
      const email = (s.email as string).toLowerCase();
      if (taken.has(email) || seen.has(email)) continue;
      seen.add(email);
      free.set(s.school_id as string, [...(free.get(s.school_id as string) ?? []), s.id as string]);
    }
    // The 10 schools with the most such staff; 500 of their staff, spread over the schools.
    const schools = [...free].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).slice(0, INVITE_SCHOOLS);
    const staffIds: string[] = [];
    for (let i = 0; staffIds.length < INVITE_PEOPLE && schools.some(([, ids]) => i < ids.length); i++) {
      for (const [, ids] of schools) if (i < ids.length && staffIds.length < INVITE_PEOPLE) staffIds.push(ids[i]!);
    }
    if (schools.length === INVITE_SCHOOLS && staffIds.length === INVITE_PEOPLE) {
      return { productId: product.id as string, productName: product.name as string, roleCode: product.role_code as string, schoolIds: schools.map(([id]) => id), staffIds };
    }
    shortOf.push(`${product.name as string}: ${staffIds.length}`);
  }
  throw new Error(`no school-level product of the bench trust has ${INVITE_PEOPLE} staff at ${INVITE_SCHOOLS} subscribed schools without access or an open invitation (${shortOf.join(", ") || "no such product"})`);
}

/** Every row the request wrote, read back column for column (dates as the text MariaDB holds). */
export async function capture(connection: Connection, invitationIds: string[]): Promise<Captured[]> {
  const out: Captured[] = [];
  for (const { table, where } of WRITTEN) {
    const [rows, fields] = await connection.query<RowDataPacket[]>({ sql: `SELECT * FROM \`${table}\` WHERE ${where}`, rowsAsArray: true }, idsFor(where, invitationIds));
    const values = rows as unknown as unknown[][];
    const bytes = values.reduce((sum, row) => sum + row.reduce<number>((n, v) => n + (v === null ? 4 : String(v).length), 0), 0);
    out.push({ table, columns: fields.map((f) => f.name), rows: values, bytes });
  }
  return out;
}

/**
 * The baseline: the same rows in multi-row INSERTs, one transaction. Answers its wall time, and
 * each table's and the COMMIT's share. `into` names the table each goes to (a scratch copy, say).
 */
export async function rawInsert(
  connection: Connection,
  captured: Captured[],
  maxPacket: number,
  into: (table: string) => string = (table) => table,
): Promise<{ ms: number; parts: Record<string, number> }> {
  const started = performance.now();
  const parts: Record<string, number> = {};
  await connection.query("START TRANSACTION");
  for (const { table, columns, rows, bytes } of captured) {
    const tableStarted = performance.now();
    const perRow = bytes / Math.max(1, rows.length);
    const chunk = Math.max(1, Math.min(RAW_CHUNK, Math.floor((maxPacket * 0.8) / Math.max(1, perRow * 1.1))));
    for (let start = 0; start < rows.length; start += chunk) {
      await connection.query(`INSERT INTO \`${into(table)}\` (${columns.map((c) => `\`${c}\``).join(", ")}) VALUES ?`, [rows.slice(start, start + chunk)]);
    }
    parts[table] = performance.now() - tableStarted;
  }
  const commitStarted = performance.now();
  await connection.query("COMMIT");
  parts.COMMIT = performance.now() - commitStarted;
  return { ms: performance.now() - started, parts };
}

/**
 * Deletes what a round wrote. Through the app's own tally upkeep (invitation-tally.ts), so the
 * counts the stats and the organisation view read stay exact for the next benchmark.
 */
export async function deleteInvitations(dataSource: DataSource, invitationIds: string[]): Promise<void> {
  await dataSource.transaction((manager) =>
    tallyChange(manager, invitationIds, async () => {
      // Found by SELECT, deleted by primary key: MariaDB runs a DELETE's IN-subqueries row by row, over a whole table.
      for (const { table, where } of [...WRITTEN].reverse()) {
        const rows: { id: string }[] = await manager.query(`SELECT id FROM \`${table}\` WHERE ${where}`, idsFor(where, invitationIds));
        if (rows.length) await manager.query(`DELETE FROM \`${table}\` WHERE id IN (?)`, [rows.map((r) => r.id)]);
      }
    }),
  );
}

/** Dates come back as the text MariaDB holds, so the baseline writes exactly what the app wrote. */
export async function rawConnection(database: MariaDbConfig): Promise<Connection> {
  return createConnection({ ...connectionLikeTheApp(database), dateStrings: true });
}

export const inviteBenchmark: BenchmarkDefinition = {
  name: "inviteStaff",
  async run({ setup, load, log }) {
    const pool = poolLikeTheApp(setup.config.database);
    const raw = await rawConnection(setup.config.database);
    const leftovers = new Set<string>();
    try {
      const scenario = await chooseScenario(pool, setup.trustId);
      const [[packet]] = (await pool.query<RowDataPacket[]>("SELECT @@max_allowed_packet AS bytes")) as unknown as [{ bytes: number }[]];
      const maxPacket = Number(packet?.bytes ?? 16 * 1024 * 1024);
      log(`inviteStaff: ${INVITE_PEOPLE} staff × ${scenario.productName} (role ${scenario.roleCode}) × ${scenario.schoolIds.length} schools.`);

      const headers = { "content-type": "application/json", authorization: `Bearer ${setup.apiKey}` };
      const call = (people: number, dryRun = false): Call => ({
        url: `${setup.url}/graphql`,
        headers,
        body: JSON.stringify({
          query: inviteMutation,
          variables: {
            input: {
              staffIds: scenario.staffIds.slice(0, people),
              items: [{ productId: scenario.productId, schoolIds: scenario.schoolIds }],
              roleCode: scenario.roleCode,
              ...(dryRun ? { dryRun: true } : {}),
            },
          },
        }),
      });
      /** One request: its wall time, the statements the app sent, and the invitations it made (checked complete). */
      const invite = async (people: number) => {
        // When the write transaction starts (TypeORM logs START TRANSACTION): the time before it
        // is authentication, the loads, the plan and rendering the emails; after it, the writes.
        const counter = setup.db.queries;
        const logQuery = counter.logQuery;
        let transactionAt = 0;
        counter.logQuery = function (query, parameters, runner) {
          if (!transactionAt && /^START TRANSACTION/i.test(query)) transactionAt = performance.now();
          return logQuery.call(this, query, parameters, runner);
        };
        const before = counter.statements;
        const started = performance.now();
        let text: string;
        try {
          text = await post(call(people));
        } finally {
          counter.logQuery = logQuery;
        }
        const ms = performance.now() - started;
        const statements = counter.statements - before;
        const beforeWriteMs = transactionAt ? transactionAt - started : Number.NaN;
        const payload = (JSON.parse(text) as { data: { inviteStaff: InvitePayload } }).data.inviteStaff;
        const ids = payload.invitations.map((i) => i.id);
        ids.forEach((id) => leftovers.add(id));
        const { summary } = payload;
        if (payload.errors.length || summary.invitations !== people || summary.items !== people * scenario.schoolIds.length || summary.skipped !== 0) {
          throw new Error(`inviteStaff of ${people} answered ${JSON.stringify({ summary, errors: payload.errors, skipped: payload.skipped.slice(0, 3) })}`);
        }
        return { ms, statements, ids, summary, beforeWriteMs };
      };
      const cleanUp = async (ids: string[]) => {
        await deleteInvitations(setup.db.dataSource, ids);
        ids.forEach((id) => leftovers.delete(id));
      };

      // A dry run proves nothing will be skipped; then a warm-up request (templates compile once
      // per process) whose rows become the baseline's, and a warm-up of the baseline itself.
      const dry = (JSON.parse(await post(call(INVITE_PEOPLE, true))) as { data: { inviteStaff: InvitePayload } }).data.inviteStaff;
      if (dry.summary.invitations !== INVITE_PEOPLE || dry.summary.skipped !== 0) throw new Error(`the dry run would skip some: ${JSON.stringify(dry.summary)}`);
      const warm = await invite(INVITE_PEOPLE);
      const captured = await capture(raw, warm.ids);
      await cleanUp(warm.ids);
      /** The baseline once: its wall time; then its rows are deleted too. */
      const rawParts: Record<string, number>[] = [];
      const baseline = async () => {
        warm.ids.forEach((id) => leftovers.add(id));
        const { ms, parts } = await rawInsert(raw, captured, maxPacket);
        rawParts.push(parts);
        await cleanUp(warm.ids);
        return ms;
      };
      await baseline();
      const rowCount = captured.reduce((n, c) => n + c.rows.length, 0);
      // Each outbox row keeps its template's values (rendered when sent): how big that is.
      const emails = captured.find((c) => c.table === "email_message")!;
      const bodyColumns = ["html", "text_body", "data"].map((name) => emails.columns.indexOf(name)).filter((i) => i >= 0);
      const emailBytes =
        emails.rows.reduce((n, r) => n + bodyColumns.reduce((m, i) => m + (r[i] === null ? 0 : Buffer.byteLength(String(r[i]))), 0), 0) / Math.max(1, emails.rows.length);
      const composition = captured.map((c) => `${c.rows.length} ${c.table}`).join(", ");
      log(`inviteStaff: one request writes ${rowCount} rows (${composition}); each email's body ${Math.round(emailBytes)} bytes (template values), ${(captured.reduce((n, c) => n + c.bytes, 0) / 1e6).toFixed(1)} MB in all.`);

      const small = await invite(SMALL_INVITE_PEOPLE);
      await cleanUp(small.ids);
      const smallAgain = await invite(SMALL_INVITE_PEOPLE);
      await cleanUp(smallAgain.ids);

      const rounds = Math.max(5, load.rounds * 2);
      log(`inviteStaff: ${rounds} alternating rounds of the request and the raw insert of its rows…`);
      const requestMs: number[] = [];
      const rawMs: number[] = [];
      const statements: number[] = [];
      const beforeWriteMs: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const result = await invite(INVITE_PEOPLE);
        requestMs.push(result.ms);
        beforeWriteMs.push(result.beforeWriteMs);
        statements.push(result.statements);
        await cleanUp(result.ids);
        rawMs.push(await baseline());
      }

      // Statements grow only by whole chunks of rows (the service inserts 1,000 a statement), never per person.
      const chunkStatements = (share: number) => captured.reduce((n, c) => n + Math.ceil((c.rows.length * share) / 1000), 0);
      const chunkGrowth = chunkStatements(1) - chunkStatements(SMALL_INVITE_PEOPLE / INVITE_PEOPLE);
      const fewSmall = Math.min(small.statements, smallAgain.statements);
      const fewLarge = Math.min(...statements);
      const growth = fewLarge - fewSmall;
      return [
        timing(`raw INSERT, ${rowCount} rows`, rawMs, {}),
        timing(`inviteStaff ${INVITE_PEOPLE}×1×${scenario.schoolIds.length} via GraphQL`, requestMs, {
          baselineLabel: "raw INSERT",
          baselineRoundsMs: rawMs,
          maxRatio: INVITE_MAX_RATIO,
          maxMs: INVITE_MAX_MS,
        }),
        {
          kind: "check",
          label: "SQL statements per inviteStaff",
          detail: `${SMALL_INVITE_PEOPLE} people → ${fewSmall}, ${INVITE_PEOPLE} people → ${fewLarge} (+${growth}: ${chunkGrowth} more INSERT chunks of 1,000 rows; none per person)`,
          met: growth <= chunkGrowth,
          values: { people50: fewSmall, people500: fewLarge, chunkGrowth },
          notes: [
            `rows per request: ${composition}; each email's body ≈ ${Math.round(emailBytes)} bytes (its template's values, rendered when sent)`,
            `of the request's median ${median(requestMs).toFixed(0)} ms: ${median(beforeWriteMs).toFixed(0)} ms before the write transaction (auth, loads, plan), ${(
              median(requestMs) - median(beforeWriteMs)
            ).toFixed(0)} ms from START TRANSACTION to the answer (the 500 emails composed while the database writes the invitations)`,
            `the raw INSERT's median ${median(rawMs).toFixed(0)} ms by table: ${Object.keys(rawParts[0] ?? {})
              .map((table) => `${table} ${median(rawParts.slice(1).map((p) => p[table]!)).toFixed(0)} ms`)
              .join(", ")}`,
          ],
        },
      ];
    } finally {
      if (leftovers.size) await deleteInvitations(setup.db.dataSource, [...leftovers]).catch((error: unknown) => log(`inviteStaff: cleaning up failed: ${String(error)}`));
      await raw.end();
      await pool.end();
    }
  },
};
