// The invitations export on the large seed: GET /api/exports/invitations.csv of the whole bench
// trust (1,000,000 invitations, one line per item) through HTTP with the bench API key, in rows
// per second, beside fast-csv writing the very same rows from memory (read into memory first,
// outside the timing, and held by a child process of their own). And what streaming costs the
// server: its RSS sampled every 50 ms through one export (the app runs in this process; the
// client downloads in a child process).
import { fork } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { INVITATION_CSV_COLUMNS, INVITATION_EXPORT_EXTRA_COLUMNS } from "@lanyard/shared";
import { createPool, type RowDataPacket } from "mysql2/promise";
import { connectionLikeTheApp } from "./bare-staff-route.js";
import { duration } from "./report.js";
import type { BenchSetup } from "./setup.js";
import { median, rate, type BenchLine, type BenchmarkDefinition, type Rate } from "./types.js";

/** The export must write at least this share of fast-csv's rows per second from memory. */
export const EXPORT_MIN_RATIO = 0.5;
const COLUMNS = [...INVITATION_CSV_COLUMNS, ...INVITATION_EXPORT_EXTRA_COLUMNS];
const MB = 1024 * 1024;
const FORMULA_START = /^[=+\-@\t\r]/;

interface Download {
  ms: number;
  bytes: number;
  lines: number;
  sha256?: string;
  rss?: { before: number; peak: number; after: number };
  encoding: string | null;
}

const CLIENT = fileURLToPath(new URL("./download-client.mjs", import.meta.url));

/**
 * One export through HTTP, read to its last byte by a client in a child process (as a browser
 * saving the file would), while this process (the app's) samples its RSS when asked.
 */
async function download(setup: BenchSetup, options: { check?: boolean; sampleRss?: boolean; acceptEncoding?: string } = {}): Promise<Download> {
  const child = fork(CLIENT, [], { execArgv: [], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  await new Promise<void>((resolve, reject) => child.once("spawn", resolve).once("error", reject));
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = options.sampleRss ? setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50) : null;
  try {
    const answer = await new Promise<Record<string, unknown>>((resolve, reject) => {
      child.once("message", (message: Record<string, unknown>) => resolve(message));
      child.once("exit", (code) => reject(new Error(`the download client exited with code ${code} before answering`)));
      child.send({
        url: `${setup.url}/api/exports/invitations.csv`,
        headers: { authorization: `Bearer ${setup.apiKey}`, "accept-encoding": options.acceptEncoding ?? "identity" },
        check: options.check ?? false,
      });
    });
    if (!answer.ok) throw new Error(`download client: ${String(answer.error)}`);
    peak = Math.max(peak, process.memoryUsage().rss);
    return {
      ms: answer.ms as number,
      bytes: answer.bytes as number,
      lines: answer.lines as number,
      sha256: answer.sha256 as string | undefined,
      rss: sampler ? { before, peak, after: process.memoryUsage().rss } : undefined,
      encoding: (answer.encoding as string | null) ?? null,
    };
  } finally {
    if (sampler) clearInterval(sampler);
    child.kill();
  }
}

type Cell = string | null;

/**
 * The rows the export writes, as the cells it writes (dates as its `YYYY-MM-DD HH:MM:SS` UTC text,
 * formula-like cells already neutralised), in its order: by invitation id, then item id.
 */
async function readRows(setup: BenchSetup): Promise<Cell[][]> {
  const pool = createPool({ ...connectionLikeTheApp(setup.config.database), dateStrings: true, connectionLimit: 1 });
  const rows: Cell[][] = [];
  const cell = (value: unknown): Cell => {
    if (value === null || value === undefined) return null;
    const text = String(value);
    return FORMULA_START.test(text) ? `'${text}` : text;
  };
  try {
    let after = "";
    for (;;) {
      const [invitations] = await pool.query<RowDataPacket[]>(
        { sql: "SELECT id FROM `invitation` WHERE trust_id = ? AND id > ? ORDER BY id LIMIT 50000", rowsAsArray: true },
        [setup.trustId, after],
      );
      if (invitations.length === 0) break;
      const first = invitations[0]![0] as string;
      const last = invitations[invitations.length - 1]![0] as string;
      const [page] = await pool.query<RowDataPacket[]>(
        {
          sql: `SELECT inv.email, inv.first_name, inv.last_name, s.urn, p.code, r.code, c.code, inv.expires_at, st.mis_id, inv.id, inv.state
                FROM \`invitation\` inv
                JOIN \`invitation_item\` it ON it.invitation_id = inv.id AND it.trust_id = inv.trust_id
                JOIN \`product\` p ON p.id = it.product_id
                JOIN \`product_role\` r ON r.id = it.role_id
                LEFT JOIN \`school\` s ON s.id = it.school_id
                LEFT JOIN \`cohort\` c ON c.id = it.cohort_id
                LEFT JOIN \`staff\` st ON st.id = inv.staff_id
                WHERE inv.trust_id = ? AND inv.id >= ? AND inv.id <= ?
                ORDER BY inv.id, it.id`,
          rowsAsArray: true,
        },
        [setup.trustId, first, last],
      );
      for (const row of page as unknown as unknown[][]) {
        const values = row.map(cell);
        const expires = values[7];
        values[7] = expires === null || expires === undefined ? null : expires.slice(0, 19);
        rows.push(values);
      }
      after = last;
    }
  } finally {
    await pool.end();
  }
  return rows;
}

const FAST_CSV = fileURLToPath(new URL("./fast-csv-client.mjs", import.meta.url));

/**
 * fast-csv in a child process holding the rows (handed over in slices, outside any timing), so
 * this process, the app's, doesn't carry them through its garbage collections while it exports.
 */
async function fastCsvChild(rows: Cell[][]) {
  const child = fork(FAST_CSV, [], { execArgv: [], serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const ask = (message: Record<string, unknown>) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`the fast-csv process exited with code ${code}`));
      child.once("exit", exited);
      child.once("message", (answer: Record<string, unknown>) => {
        child.off("exit", exited);
        if (answer.ok) resolve(answer);
        else reject(new Error(`fast-csv: ${String(answer.error)}`));
      });
      child.send(message);
    });
  for (let start = 0; start < rows.length; start += 100_000) await ask({ rows: rows.slice(start, start + 100_000), columns: COLUMNS });
  return {
    /** fast-csv writing every row into a sink that counts (and, when checking, hashes) the bytes. */
    async write(check = false): Promise<{ ms: number; bytes: number; sha256?: string }> {
      const answer = await ask({ check });
      return { ms: answer.ms as number, bytes: answer.bytes as number, sha256: answer.sha256 as string | undefined };
    },
    close: () => child.kill(),
  };
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

export const exportBenchmark: BenchmarkDefinition = {
  name: "export",
  async run({ setup, load, log }) {
    const pool = createPool({ ...connectionLikeTheApp(setup.config.database), connectionLimit: 1 });
    let expected: number;
    let invitations: number;
    try {
      const [[counts]] = (await pool.query<RowDataPacket[]>(
        "SELECT (SELECT COUNT(*) FROM `invitation` WHERE trust_id = ?) AS invitations, (SELECT COUNT(*) FROM `invitation_item` WHERE trust_id = ?) AS items",
        [setup.trustId, setup.trustId],
      )) as unknown as [{ invitations: number | string; items: number | string }[]];
      invitations = Number(counts?.invitations ?? 0);
      expected = Number(counts?.items ?? 0);
    } finally {
      await pool.end();
    }
    log(`export: ${invitations.toLocaleString("en-GB")} invitations, ${expected.toLocaleString("en-GB")} items (one line each) in the bench trust.`);
    if (invitations < 1_000_000) log(`export: NOTE fewer than 1,000,000 invitations (${invitations}): the large seed isn't (fully) there; figures are not the target's.`);

    // First, before this process holds the baseline's rows: one export with the server's RSS
    // sampled, its bytes hashed and its lines counted (the header and one per item).
    log("export: one export with RSS sampled every 50 ms and its bytes hashed…");
    const checked = await download(setup, { check: true, sampleRss: true });
    if (checked.lines !== expected + 1) throw new Error(`the export wrote ${checked.lines} lines, not ${expected + 1} (the header and one per item)`);
    if (checked.encoding) throw new Error(`the export came ${checked.encoding}-encoded though the client asked for identity`);
    const rss = checked.rss!;
    log(`export: ${mb(checked.bytes)} in ${duration(checked.ms)}; RSS ${mb(rss.before)} → peak ${mb(rss.peak)} (+${mb(rss.peak - rss.before)}).`);

    log("export: reading the same rows into memory for fast-csv (not timed)…");
    let rows: Cell[][] | null = await readRows(setup);
    if (rows.length !== expected) throw new Error(`read ${rows.length} rows for the baseline, not ${expected}`);
    const fastCsv = await fastCsvChild(rows);
    rows = null;
    const exportMs: number[] = [];
    const fastCsvMs: number[] = [];
    let identical: boolean;
    let same: { bytes: number; sha256?: string };
    try {
      same = await fastCsv.write(true);
      identical = same.sha256 === checked.sha256;
      if (!identical) log(`export: NOTE fast-csv's file (${same.bytes} bytes) differs from the export's (${checked.bytes} bytes).`);

      const rounds = Math.max(3, load.rounds);
      log(`export: ${rounds} alternating rounds of the export through HTTP and fast-csv from memory…`);
      for (let round = 0; round < rounds; round++) {
        const got = await download(setup);
        if (got.bytes !== checked.bytes) throw new Error(`round ${round + 1}: the export wrote ${got.bytes} bytes, not ${checked.bytes}`);
        exportMs.push(got.ms);
        fastCsvMs.push((await fastCsv.write()).ms);
      }
    } finally {
      fastCsv.close();
    }
    const perSecond = (ms: number[]) => ms.map((m) => expected / (m / 1000));
    const baselineRounds = perSecond(fastCsvMs);
    const baseline: Rate = {
      kind: "rate",
      label: "fast-csv, same rows from memory",
      unit: "row",
      perSecond: baselineRounds.reduce((a, b) => a + b, 0) / baselineRounds.length,
      roundsPerSecond: baselineRounds,
      met: true,
    };

    // For reference: the same export as a browser asks for it (compressed by the server).
    const browser = await download(setup, { acceptEncoding: "br, gzip" });

    const lines: BenchLine[] = [
      baseline,
      rate(`export ${(invitations / 1e6).toFixed(1)}M invitations, HTTP`, "row", perSecond(exportMs), "fast-csv from memory", perSecond(fastCsvMs), EXPORT_MIN_RATIO),
      {
        kind: "check",
        label: "export: the same file as fast-csv",
        detail: `${expected.toLocaleString("en-GB")} rows, ${mb(checked.bytes)}: ${identical ? "byte for byte the file fast-csv writes from the same rows" : `DIFFERENT from fast-csv's (${same.bytes} bytes)`}`,
        met: identical,
        values: { rows: expected, bytes: checked.bytes, exportMs: median(exportMs), fastCsvMs: median(fastCsvMs) },
        notes: [
          `export rounds: ${exportMs.map(duration).join(", ")}; fast-csv rounds: ${fastCsvMs.map(duration).join(", ")}`,
          `as a browser asks (accept-encoding: br, gzip → ${browser.encoding ?? "identity"}): ${duration(browser.ms)}, ${Math.round(expected / (browser.ms / 1000))} rows/s, ${mb(browser.bytes)} on the wire (for reference)`,
        ],
      },
      {
        kind: "check",
        label: "export: server RSS (streamed)",
        detail: `before ${mb(rss.before)}, peak ${mb(rss.peak)}: growth ${mb(rss.peak - rss.before)} while writing a ${mb(checked.bytes)} file (the app's process, sampled every 50 ms; the client downloads in a child process)`,
        met: true,
        reference: true,
        values: { rssBefore: rss.before, rssPeak: rss.peak, rssGrowth: rss.peak - rss.before, fileBytes: checked.bytes },
      },
    ];
    return lines;
  },
};
