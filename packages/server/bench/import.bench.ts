// CSV imports of 10,000 and 100,000 invitation rows on the large seed, through the whole stack:
// POST /api/imports (upload, stream-parse, validate the whole file, preview) until it answers
// 201 READY, beside fast-csv parsing the same file alone; then approveImport until the import is
// COMMITTED (every row in one transaction, emails queued), beside the raw multi-row INSERT of the
// very rows the commit wrote into scratch copies of their tables (CREATE TABLE … LIKE, 1,000 rows
// a statement, one transaction); and the server's RSS growth through the 100,000-row import.
// Every round imports fresh people (emails carry a run tag); what a round created is deleted
// after it, and the scratch tables are dropped, so the large seed stays as it was.
import type { DataSource } from "typeorm";
import { randomBytes } from "node:crypto";
import { request } from "node:http";
import { performance } from "node:perf_hooks";
import { parse } from "fast-csv";
import type { Connection, Pool, RowDataPacket } from "mysql2/promise";
import { poolLikeTheApp } from "./bare-staff-route.js";
import { capture, deleteInvitations, rawConnection, rawInsert, type Captured } from "./invite.bench.js";
import { duration } from "./report.js";
import type { BenchSetup } from "./setup.js";
import { median, timing, type BenchLine, type BenchmarkDefinition } from "./types.js";

export const IMPORT_SIZES = [10_000, 100_000];
/** Upload until READY may take at most this many times fast-csv parsing the file alone… */
export const PREVIEW_MAX_RATIO = 5;
/** …and the commit at most this many times the raw INSERT of the rows it wrote. */
export const COMMIT_MAX_RATIO = 2;
/** The server's RSS may grow by less than this through the 100,000-row import. */
export const IMPORT_MAX_RSS_GROWTH = 300 * 1024 * 1024;
const MB = 1024 * 1024;
const SCRATCH_PREFIX = "bench_scratch_";
/** How long a commit may take before the bench gives up on it. */
const COMMIT_TIMEOUT_MS = 15 * 60 * 1000;
/** Ids per statement when reading and deleting a round's rows: MariaDB turns an IN list of 1,000 or more into a subquery. */
const ID_CHUNK = 500;

const HEADER = "email,first_name,last_name,school_urn,product_code,role_code,cohort_code,expires_at,external_id";

interface Target {
  urn: string;
  productCode: string;
  roleCode: string;
}

interface Plan {
  domain: string;
  targets: Target[];
}

/**
 * What a clean row may hold in the bench trust: each school-level product's schools with an
 * active subscription to it, with each of the product's roles in turn. Every row is a new person
 * (a fresh email), so nothing is skipped and every row creates an invitation.
 */
async function planRows(pool: Pool, trustId: string): Promise<Plan> {
  const now = new Date();
  const [pairs] = await pool.query<RowDataPacket[]>(
    `SELECT DISTINCT s.urn, p.id AS product_id, p.code AS product_code
     FROM subscription sub
     JOIN school s ON s.id = sub.school_id AND s.trust_id = sub.trust_id
     JOIN product p ON p.id = sub.product_id AND p.trust_id = sub.trust_id
     WHERE sub.trust_id = ? AND p.level = 'SCHOOL' AND sub.school_id IS NOT NULL AND s.urn IS NOT NULL
       AND sub.starts_at <= ? AND (sub.ends_at IS NULL OR sub.ends_at > ?)
     ORDER BY p.code, s.urn`,
    [trustId, now, now],
  );
  const [roles] = await pool.query<RowDataPacket[]>(
    "SELECT r.product_id, r.code FROM product_role r JOIN product p ON p.id = r.product_id WHERE p.trust_id = ? ORDER BY r.product_id, r.position, r.code",
    [trustId],
  );
  const rolesOf = new Map<string, string[]>();
  for (const r of roles) rolesOf.set(r.product_id as string, [...(rolesOf.get(r.product_id as string) ?? []), r.code as string]);
  const targets: Target[] = [];
  pairs.forEach((pair, i) => {
    const codes = rolesOf.get(pair.product_id as string) ?? [];
    if (codes.length) targets.push({ urn: String(pair.urn), productCode: pair.product_code as string, roleCode: codes[i % codes.length]! });
  });
  if (targets.length === 0) throw new Error("the bench trust has no school with an active subscription to a school-level product that has roles: is it seeded?");
  const [[staff]] = (await pool.query<RowDataPacket[]>("SELECT email FROM staff WHERE trust_id = ? ORDER BY id LIMIT 1", [trustId])) as unknown as [{ email: string }[]];
  const domain = staff?.email.split("@")[1] ?? "bench.example.org";
  return { domain, targets };
}

const FIRST = ["Alex", "Sam", "Jo", "Chris", "Pat", "Robin", "Nia", "Amir", "Priya", "Tom", "Zara", "Owen"];
const LAST = ["Okafor", "Smith", "Nowak", "Patel", "Jones", "O'Neill", "Evans", "Khan", "Murphy", "Li", "Hughes", "Taylor"];

/** A clean file of `count` rows for new people: `bench-import-TAG-N@domain`, spread over the targets. */
export function importFile(plan: Plan, count: number, tag: string): Buffer {
  const lines = [HEADER];
  for (let i = 0; i < count; i++) {
    const t = plan.targets[i % plan.targets.length]!;
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    lines.push(`bench-import-${tag}-${i}@${plan.domain},${first},${last},${t.urn},${t.productCode},${t.roleCode},,,`);
  }
  return Buffer.from(`${lines.join("\r\n")}\r\n`);
}

/** fast-csv parsing the file alone, headers and all: its wall time. */
async function parseAlone(file: Buffer, expected: number): Promise<number> {
  const started = performance.now();
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    const parser = parse({ headers: true });
    parser.on("data", () => rows++).on("end", () => resolve()).on("error", reject);
    parser.end(file);
  });
  const ms = performance.now() - started;
  if (rows !== expected) throw new Error(`fast-csv parsed ${rows} rows, not ${expected}`);
  return ms;
}

interface ImportState {
  id: string;
  status: string;
  rowCount: number;
  errorCount: number;
  preview: { create: number; update: number; unchanged: number; skipped: number } | null;
  errors: { row: number; column: string | null; value: string | null; message: string }[];
}

/**
 * One POST and its answer, with no time limit: committing 100,000 rows may take longer than
 * fetch's five minutes to the answer's headers.
 */
function postBody(url: string, headers: Record<string, string>, body: string | Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function graphql<T>(setup: BenchSetup, query: string, variables: Record<string, unknown>): Promise<T> {
  const { status, text } = await postBody(`${setup.url}/graphql`, { "content-type": "application/json", authorization: `Bearer ${setup.apiKey}` }, JSON.stringify({ query, variables }));
  if (status !== 200) throw new Error(`/graphql answered ${status}: ${text.slice(0, 500)}`);
  const parsed = JSON.parse(text) as { data?: T; errors?: unknown[] };
  if (parsed.errors?.length || !parsed.data) throw new Error(`/graphql answered errors: ${JSON.stringify(parsed.errors).slice(0, 500)}`);
  return parsed.data;
}

const importQuery = `query BenchImport($id: ID!) {
  import(id: $id) { id status rowCount errorCount preview { create update unchanged skipped } errors(first: 5) { row column value message } }
}`;
const approveMutation = `mutation BenchApproveImport($id: ID!, $sendAt: DateTime) {
  approveImport(id: $id, sendAt: $sendAt) { import { id status } errors { message } }
}`;

const readImport = async (setup: BenchSetup, id: string) => (await graphql<{ import: ImportState | null }>(setup, importQuery, { id })).import;

/**
 * Samples this process's RSS (the app runs in it) every 50 ms until stopped. It starts from a
 * collected heap (`pnpm bench` runs with --expose-gc), so the growth is the import's own, not
 * garbage the bench's previous baseline left behind.
 */
function rssSampler() {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      return { before, peak, growth: peak - before };
    },
  };
}

interface Round {
  importId: string;
  previewMs: number;
  commitMs: number;
  rss: { before: number; peak: number; growth: number };
}

/** POST until 201 READY, then approveImport until COMMITTED. Throws with the server's words on anything else. */
async function importOnce(setup: BenchSetup, file: Buffer, rows: number, filename: string, created: Set<string>): Promise<Round> {
  const rss = rssSampler();
  try {
    const started = performance.now();
    const { status: code, text } = await postBody(
      `${setup.url}/api/imports?kind=INVITATIONS&filename=${encodeURIComponent(filename)}`,
      { "content-type": "text/csv", authorization: `Bearer ${setup.apiKey}` },
      file,
    );
    const previewMs = performance.now() - started;
    if (code === 404) throw new RouteMissing(`POST /api/imports answered 404 (${text.slice(0, 200)})`);
    if (code !== 201) throw new Error(`POST /api/imports answered ${code}: ${text.slice(0, 500)}`);
    const answer = JSON.parse(text) as { id: string; status: string; rowCount: number; errorCount: number };
    created.add(answer.id);
    if (answer.status !== "READY" || answer.rowCount !== rows || answer.errorCount !== 0) {
      const state = await readImport(setup, answer.id).catch(() => null);
      throw new Error(`the clean file of ${rows} rows answered ${JSON.stringify(answer)}; first errors: ${JSON.stringify(state?.errors ?? [])}`);
    }

    // Not timed: the preview must say every row creates an invitation.
    const preview = (await readImport(setup, answer.id))?.preview;
    if (!preview || preview.create !== rows || preview.update + preview.unchanged + preview.skipped !== 0) {
      throw new Error(`the preview of a clean file of ${rows} new people is ${JSON.stringify(preview)}, not ${rows} to create`);
    }

    // Scheduled a month ahead: the commit queues every email as "notify now" would, but the outbox
    // worker does not send 100,000 of them while the next figures are measured.
    const sendAt = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString();
    const commitStarted = performance.now();
    const approved = await graphql<{ approveImport: { import: { id: string; status: string } | null; errors: { message: string }[] } }>(setup, approveMutation, {
      id: answer.id,
      sendAt,
    });
    if (approved.approveImport.errors.length) throw new Error(`approveImport answered errors: ${approved.approveImport.errors.map((e) => e.message).join("; ")}`);
    // The contract answers once committed; should a server commit in the background, wait for it.
    let status = approved.approveImport.import?.status;
    while (status !== "COMMITTED") {
      if (status === undefined || ["FAILED", "REJECTED", "INVALID"].includes(status)) throw new Error(`import ${answer.id} ended ${status ?? "without a status"} after approveImport`);
      if (performance.now() - commitStarted > COMMIT_TIMEOUT_MS) throw new Error(`import ${answer.id} still ${status} after ${COMMIT_TIMEOUT_MS / 60000} minutes`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = (await readImport(setup, answer.id))?.status;
    }
    const commitMs = performance.now() - commitStarted;
    return { importId: answer.id, previewMs, commitMs, rss: rss.stop() };
  } finally {
    rss.stop();
  }
}

class RouteMissing extends Error {}

/** The invitations a round created: its people, found by the run tag in their emails. */
async function invitationsOf(pool: Pool, trustId: string, tag: string): Promise<string[]> {
  const [rows] = await pool.query<RowDataPacket[]>("SELECT id FROM invitation WHERE trust_id = ? AND email LIKE ?", [trustId, `bench-import-${tag}-%`]);
  return rows.map((r) => r.id as string);
}

/** Every row the commit wrote for these invitations, read in chunks (dates as MariaDB holds them). */
async function captureAll(raw: Connection, ids: string[]): Promise<Captured[]> {
  const merged = new Map<string, Captured>();
  for (let start = 0; start < ids.length; start += ID_CHUNK) {
    for (const part of await capture(raw, ids.slice(start, start + ID_CHUNK))) {
      const into = merged.get(part.table);
      if (into) {
        into.rows.push(...part.rows);
        into.bytes += part.bytes;
      } else merged.set(part.table, { ...part, rows: [...part.rows] });
    }
  }
  return [...merged.values()];
}

/** Deletes a round's invitations (and their items, events, emails, audit, accesses). */
async function deleteTagged(pool: Pool, dataSource: DataSource, trustId: string, tag: string): Promise<void> {
  const ids = await invitationsOf(pool, trustId, tag);
  for (let start = 0; start < ids.length; start += ID_CHUNK) await deleteInvitations(dataSource, ids.slice(start, start + ID_CHUNK));
}

/** Deletes imports with what hangs off them: their rows and errors (ON DELETE CASCADE), audit and emails. */
async function deleteImports(pool: Pool, importIds: string[]): Promise<void> {
  if (importIds.length === 0) return;
  await pool.query("DELETE FROM audit_event WHERE subject_id IN (?)", [importIds]);
  await pool.query("DELETE FROM email_message WHERE subject_id IN (?)", [importIds]);
  await pool.query("DELETE FROM `import` WHERE id IN (?)", [importIds]);
}

/** Exact row counts of the tables an import may touch, to prove the seed is as it was afterwards. */
async function tableCounts(pool: Pool): Promise<Record<string, number>> {
  const [tables] = await pool.query<RowDataPacket[]>(
    "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND (TABLE_NAME IN ('invitation', 'invitation_item', 'invitation_event', 'email_message', 'audit_event', 'access', 'user', 'staff') OR TABLE_NAME LIKE 'import%')",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [[row]] = (await pool.query<RowDataPacket[]>(`SELECT COUNT(*) AS n FROM \`${name as string}\``)) as unknown as [{ n: number | string }[]];
    counts[name as string] = Number(row?.n ?? 0);
  }
  return counts;
}

/** Scratch copies of the tables the baseline writes: empty, same columns and indexes (no foreign keys). */
async function createScratch(raw: Connection, tables: string[]): Promise<void> {
  for (const table of tables) {
    await raw.query(`DROP TABLE IF EXISTS \`${SCRATCH_PREFIX}${table}\``);
    await raw.query(`CREATE TABLE \`${SCRATCH_PREFIX}${table}\` LIKE \`${table}\``);
  }
}
async function emptyScratch(raw: Connection, tables: string[]): Promise<void> {
  for (const table of tables) await raw.query(`TRUNCATE TABLE \`${SCRATCH_PREFIX}${table}\``);
}
async function dropScratch(raw: Connection): Promise<void> {
  const [tables] = await raw.query<RowDataPacket[]>(
    "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE ?",
    [`${SCRATCH_PREFIX.replace(/_/g, "\\_")}%`],
  );
  for (const { name } of tables) await raw.query(`DROP TABLE IF EXISTS \`${name as string}\``);
}

/**
 * Without the import route (not merged yet): the baseline's rows are those of as many of the
 * seed's invitations (with their items, events, emails and audit), so the baseline half runs.
 */
async function seedRows(pool: Pool, raw: Connection, trustId: string, count: number): Promise<Captured[]> {
  const [rows] = await pool.query<RowDataPacket[]>("SELECT id FROM invitation WHERE trust_id = ? ORDER BY id LIMIT ?", [trustId, count]);
  return captureAll(
    raw,
    rows.map((r) => r.id as string),
  );
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

export const importBenchmark: BenchmarkDefinition = {
  name: "import",
  async run({ setup, load, log }) {
    const pool = poolLikeTheApp(setup.config.database);
    const raw = await rawConnection(setup.config.database);
    const runTag = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
    const tags: string[] = [];
    const importIds = new Set<string>();
    const allImports = new Set<string>();
    const lines: BenchLine[] = [];
    let cleaned = false;
    try {
      const countsBefore = await tableCounts(pool);
      const plan = await planRows(pool, setup.trustId);
      const [[packet]] = (await pool.query<RowDataPacket[]>("SELECT @@max_allowed_packet AS bytes")) as unknown as [{ bytes: number }[]];
      const maxPacket = Number(packet?.bytes ?? 16 * MB);
      log(`import: rows go to ${plan.targets.length} (school, school-level product, role) combinations with an active subscription; new people @${plan.domain}; run tag ${runTag}.`);
      let routeMissing: string | null = null;

      for (const size of IMPORT_SIZES) {
        const rounds = Math.max(2, Math.min(3, load.rounds));
        const label = size.toLocaleString("en-GB");
        const previewMs: number[] = [];
        const parseMs: number[] = [];
        const commitMs: number[] = [];
        const rawMs: number[] = [];
        const rss: Round["rss"][] = [];
        let captured: Captured[] | null = null;
        let fileBytes = 0;
        log(`import: ${label} rows, ${rounds} alternating rounds of the import and its baselines…`);
        await parseAlone(importFile(plan, size, `${runTag}warm`), size); // fast-csv's warm-up (JIT), not timed
        for (let round = 0; round < rounds; round++) {
          const tag = `${runTag}r${size / 1000}k${round}`;
          tags.push(tag);
          const file = importFile(plan, size, tag);
          fileBytes = file.length;
          if (!routeMissing) {
            try {
              const result = await importOnce(setup, file, size, `bench-${tag}.csv`, importIds);
              allImports.add(result.importId);
              previewMs.push(result.previewMs);
              commitMs.push(result.commitMs);
              rss.push(result.rss);
              log(`import: ${label} rows, round ${round + 1}: upload to READY ${duration(result.previewMs)}, commit ${duration(result.commitMs)}, RSS +${mb(result.rss.growth)}.`);
              if (!captured) captured = await captureAll(raw, await invitationsOf(pool, setup.trustId, tag));
              await deleteTagged(pool, setup.db.dataSource, setup.trustId, tag);
              await deleteImports(pool, [result.importId]);
              importIds.delete(result.importId);
            } catch (error) {
              if (!(error instanceof RouteMissing)) throw error;
              routeMissing = error.message;
              log(`import: ${routeMissing}: the import server isn't merged yet; measuring the baselines alone.`);
            }
          }
          parseMs.push(await parseAlone(file, size));
          if (!captured) captured = await seedRows(pool, raw, setup.trustId, size);
          const tables = captured.map((c) => c.table);
          if (round === 0) await createScratch(raw, tables);
          await emptyScratch(raw, tables);
          rawMs.push((await rawInsert(raw, captured, maxPacket, (table) => `${SCRATCH_PREFIX}${table}`)).ms);
          await emptyScratch(raw, tables);
        }
        const rowCount = captured!.reduce((n, c) => n + c.rows.length, 0);
        const composition = captured!.map((c) => `${c.rows.length} ${c.table}`).join(", ");
        lines.push(timing(`fast-csv parse, ${label} rows (${mb(fileBytes)})`, parseMs));
        lines.push(timing(`raw INSERT, ${rowCount.toLocaleString("en-GB")} rows`, rawMs));
        if (routeMissing) continue;
        lines.push(
          timing(`import ${label}: upload → READY`, previewMs, { baselineLabel: "fast-csv parse", baselineRoundsMs: parseMs, maxRatio: PREVIEW_MAX_RATIO }),
          timing(`import ${label}: approve → COMMITTED`, commitMs, { baselineLabel: "raw INSERT", baselineRoundsMs: rawMs, maxRatio: COMMIT_MAX_RATIO }),
        );
        if (size === 100_000) {
          const growth = Math.max(...rss.map((r) => r.growth));
          lines.push({
            kind: "check",
            label: `import ${label}: server RSS growth`,
            detail: `${mb(growth)} at most over ${rss.length} imports (before ${rss.map((r) => mb(r.before)).join(", ")}; peak ${rss.map((r) => mb(r.peak)).join(", ")})  target < ${mb(IMPORT_MAX_RSS_GROWTH)}`,
            met: growth < IMPORT_MAX_RSS_GROWTH,
            values: { rssGrowth: growth, previewMs: median(previewMs), commitMs: median(commitMs) },
            notes: [`the commit wrote ${composition}`],
          });
        } else {
          lines.push({ kind: "check", label: `import ${label}: rows the commit wrote`, detail: composition, met: true });
        }
      }
      if (routeMissing) lines.push({ kind: "check", label: "import through the app", detail: `not measured: ${routeMissing}`, met: false });

      const everyImport = [...allImports];
      const countsAfter = await cleanUpEverything();
      cleaned = true;
      // What this run made, by its tag and ids (immune to other sessions writing to the bench database)…
      const [[left]] = (await pool.query<RowDataPacket[]>(
        `SELECT (SELECT COUNT(*) FROM invitation WHERE trust_id = ? AND email LIKE ?) AS invitations,
                (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE ?) AS scratch`,
        [setup.trustId, `bench-import-${runTag}%`, `${SCRATCH_PREFIX.replace(/_/g, "\\_")}%`],
      )) as unknown as [{ invitations: number | string; scratch: number | string }[]];
      const imports = everyImport.length && !routeMissing ? Number((await pool.query<RowDataPacket[]>("SELECT COUNT(*) AS n FROM `import` WHERE id IN (?)", [everyImport]))[0][0]?.n ?? 0) : 0;
      // …and every row count of the tables an import touches (these move if another session writes meanwhile).
      const changed = Object.keys(countsBefore).filter((t) => countsBefore[t] !== countsAfter[t]);
      const leftovers = Number(left?.invitations ?? 0) + Number(left?.scratch ?? 0) + imports;
      lines.push({
        kind: "check",
        label: "import: cleaned up afterwards",
        detail: leftovers
          ? `LEFT BEHIND: ${Number(left?.invitations ?? 0)} invitations, ${imports} imports, ${Number(left?.scratch ?? 0)} scratch tables`
          : `none of its invitations, imports or scratch tables left; ${changed.length ? `rows changed meanwhile in ${changed.map((t) => `${t} ${countsBefore[t]} → ${countsAfter[t]}`).join(", ")} (another session?)` : `the same row counts in ${Object.keys(countsBefore).join(", ")}`}`,
        met: leftovers === 0,
      });
      return lines;
    } finally {
      if (!cleaned) await cleanUpEverything().catch((error: unknown) => log(`import: cleaning up failed: ${String(error)}`));
      await raw.end();
      await pool.end();
    }

    async function cleanUpEverything(): Promise<Record<string, number>> {
      for (const tag of tags.splice(0)) await deleteTagged(pool, setup.db.dataSource, setup.trustId, tag);
      await deleteImports(pool, [...importIds]);
      importIds.clear();
      await dropScratch(raw);
      return tableCounts(pool);
    }
  },
};
