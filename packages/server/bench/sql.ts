// SQL helpers for the benchmarks: catching the exact statements a request sends, EXPLAIN,
// timing a statement alone, and naming a table's indexes by their columns.
import { performance } from "node:perf_hooks";
import type { Pool, RowDataPacket } from "mysql2/promise";
import type { Database } from "../src/db/data-source.js";
import { median } from "./types.js";

export interface Statement {
  sql: string;
  params: unknown[];
}

interface CallbackPool {
  query(sql: string, params: unknown[], callback: (error: Error | null, rows: unknown) => void): void;
}

/**
 * Runs `work` and answers the hand-written reads it sent (db/raw.ts selectRows: the hot lists
 * and their counts), with their parameters, exactly as the driver got them.
 */
export async function captureSelects(db: Database, work: () => Promise<unknown>): Promise<Statement[]> {
  const pool = (db.dataSource.driver as unknown as { pool: CallbackPool }).pool;
  const original = pool.query;
  const seen: Statement[] = [];
  pool.query = function (this: CallbackPool, sql: string, params: unknown[], callback: (error: Error | null, rows: unknown) => void) {
    seen.push({ sql, params: [...params] });
    return original.call(this, sql, params, callback);
  };
  try {
    await work();
  } finally {
    pool.query = original;
  }
  return seen;
}

export type ExplainRow = Record<string, string | number | null>;

export async function explain(pool: Pool, statement: Statement): Promise<ExplainRow[]> {
  const [rows] = await pool.query<RowDataPacket[]>(`EXPLAIN ${statement.sql}`, statement.params);
  return rows as ExplainRow[];
}

/** MariaDB's ANALYZE: runs the statement and adds what it really read (r_rows, r_filtered). */
export async function analyze(pool: Pool, statement: Statement): Promise<ExplainRow[]> {
  const [rows] = await pool.query<RowDataPacket[]>(`ANALYZE ${statement.sql}`, statement.params);
  return rows as ExplainRow[];
}

/** An EXPLAIN as aligned text lines, the columns that matter for a plan. */
export function formatPlan(rows: ExplainRow[], columns = ["id", "select_type", "table", "type", "key", "key_len", "ref", "rows", "r_rows", "filtered", "Extra"]): string[] {
  const shown = columns.filter((c) => rows.some((r) => c in r));
  const cell = (v: unknown) => (v === null || v === undefined ? "NULL" : String(v));
  const widths = shown.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join(" | ").trimEnd();
  return [line(shown), line(widths.map((w) => "-".repeat(w))), ...rows.map((r) => line(shown.map((c) => cell(r[c]))))];
}

/** Median wall time of running the statement alone, `times` times after one warm-up run. */
export async function timeStatement(pool: Pool, statement: Statement, times = 30): Promise<number> {
  await pool.query(statement.sql, statement.params);
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await pool.query(statement.sql, statement.params);
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** Index name → its columns in order, e.g. "IDX_…" → ["trust_id", "state", …]. */
export async function indexesOf(pool: Pool, table: string): Promise<Map<string, string[]>> {
  const [rows] = await pool.query<RowDataPacket[]>(
    `SELECT INDEX_NAME AS name, COLUMN_NAME AS col FROM information_schema.STATISTICS
     WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY INDEX_NAME, SEQ_IN_INDEX`,
    [table],
  );
  const indexes = new Map<string, string[]>();
  for (const row of rows) {
    const name = row.name as string;
    indexes.set(name, [...(indexes.get(name) ?? []), row.col as string]);
  }
  return indexes;
}

/** The name of the index with exactly these columns, or null. */
export function indexNamed(indexes: Map<string, string[]>, columns: string[]): string | null {
  for (const [name, cols] of indexes) if (cols.join(",") === columns.join(",")) return name;
  return null;
}
