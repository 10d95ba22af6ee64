// Delivers the outbox. Each run claims a batch of due messages (on MariaDB with
// SELECT … FOR UPDATE SKIP LOCKED, so instances never claim the same message), marks them
// SENDING with a lease, sends them outside the transaction, then settles each as SENT or
// FAILED (retried later with back-off). A claim whose lease lapsed (a crashed worker) is
// claimed again.
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import type { DataSource } from "typeorm";
import { sqlDateTime } from "../../db/raw.js";
import { renderStored, type StoredContent } from "./email-content.js";
import type { MailTransport } from "./mail-transport.js";

export interface OutboxWorkerOptions {
  /** Messages claimed per run. */
  batchSize?: number;
  /** How often start() looks for due messages. */
  pollMs?: number;
  /** How long a claim holds before another worker may take the message over. */
  leaseMs?: number;
  /** After this many failed attempts a message stays FAILED. */
  maxAttempts?: number;
  /** Delay before the next try, given the number of failed attempts so far (1, 2, …). */
  backoff?: (attempt: number) => number;
  /** Sends in flight at once. */
  concurrency?: number;
  /** Names this worker in claims; unique per instance. */
  workerId?: string;
  /** Told of each message's outcome, e.g. to show delivery on the invitation it is about; `run` is the worker's safe statement runner. */
  onSettled?: (settled: SettledMessage, run: (sql: string, params: unknown[]) => Promise<unknown>) => Promise<void>;
  /** Called at the start of every poll, e.g. for time-driven changes to invitations. */
  onTick?: () => Promise<unknown>;
  /** Where the worker's own errors go (failed deliveries are recorded on the message, not logged). */
  log?: (message: string) => void;
}

const MINUTE = 60_000;

/** Exponential from 5 s, doubling, capped at 30 minutes, with up to 10 % jitter. */
export function defaultBackoff(attempt: number): number {
  const base = Math.min(5_000 * 2 ** Math.max(0, attempt - 1), 30 * MINUTE);
  return Math.round(base * (1 + Math.random() * 0.1));
}

/** The better-sqlite3 connection TypeORM holds (one per data source). */
interface SqliteConnection {
  readonly inTransaction: boolean;
  prepare(sql: string): { readonly reader: boolean; all(...params: unknown[]): unknown[]; run(...params: unknown[]): unknown };
}

export interface SettledMessage {
  id: string;
  kind: string;
  subjectType: string | null;
  subjectId: string | null;
  ok: boolean;
  error: string | null;
  at: Date;
}

interface ClaimedRow extends StoredContent {
  id: string;
  to_email: string;
  to_name: string | null;
  subject: string;
  attempts: number;
  kind: string;
  subject_type: string | null;
  subject_id: string | null;
}


export class OutboxWorker {
  readonly workerId: string;
  private readonly batchSize: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private readonly backoff: (attempt: number) => number;
  private readonly concurrency: number;
  private readonly log: (message: string) => void;
  private readonly onSettled: OutboxWorkerOptions["onSettled"];
  private readonly onTick: OutboxWorkerOptions["onTick"];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;
  private lastLogged: string | null = null;
  private readonly sqlite: SqliteConnection | null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    options: OutboxWorkerOptions = {},
  ) {
    this.batchSize = Math.max(1, Math.floor(options.batchSize ?? 50));
    this.pollMs = options.pollMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.maxAttempts = options.maxAttempts ?? 8;
    this.backoff = options.backoff ?? defaultBackoff;
    this.concurrency = Math.max(1, options.concurrency ?? 5);
    this.workerId = (options.workerId ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`).slice(0, 64);
    this.log = options.log ?? ((m) => console.warn(m));
    this.onSettled = options.onSettled;
    this.onTick = options.onTick;
    this.sqlite =
      dataSource.options.type === "better-sqlite3"
        ? (dataSource.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection
        : null;
  }

  /** One pass: claims due messages, sends them and records the outcome of each. */
  async runOnce(): Promise<{ sent: number; failed: number }> {
    const leaseEnd = new Date(Date.now() + this.leaseMs);
    const ids = await this.claim(leaseEnd);
    if (ids.length === 0) return { sent: 0, failed: 0 };
    const messages = await this.sql<ClaimedRow>(
      `SELECT id, to_email, to_name, subject, html, text_body, data, attempts, kind, subject_type, subject_id FROM email_message
       WHERE id IN (${ids.map(() => "?").join(", ")}) AND claimed_by = ? ORDER BY next_attempt_at`,
      [...ids, this.workerId],
    );

    let sent = 0;
    let failed = 0;
    // Sends start only while enough of the lease remains for them to finish inside it.
    const startBy = leaseEnd.getTime() - this.leaseMs / 2;
    const unstarted: string[] = [];
    let next = 0;
    const lane = async () => {
      while (next < messages.length) {
        const message = messages[next++]!;
        if (Date.now() > startBy) {
          unstarted.push(message.id);
          continue;
        }
        if (await this.deliver(message)) sent++;
        else failed++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, messages.length) }, lane));
    if (unstarted.length) await this.release(unstarted);
    return { sent, failed };
  }

  /** What each poll does: the onTick work (e.g. the invitation clock), then one run of the outbox. */
  async poll(): Promise<{ sent: number; failed: number }> {
    await this.onTick?.();
    return this.runOnce();
  }

  /** Polls every pollMs; a run never overlaps the previous one. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops polling and waits for a run in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(delay: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.tick().finally(() => {
        this.running = null;
      });
    }, delay);
    this.timer.unref();
  }

  private async tick() {
    let busy = false;
    try {
      const { sent, failed } = await this.poll();
      busy = sent + failed >= this.batchSize; // a full batch: more may be due, go again at once
      this.lastLogged = null;
    } catch (error) {
      const message = `Outbox worker: ${error instanceof Error ? error.message : String(error)} (retrying)`;
      if (message !== this.lastLogged) this.log(message); // once per distinct error, not every poll
      this.lastLogged = message;
    }
    this.schedule(busy ? 0 : this.pollMs);
  }

  /** Marks due messages SENDING under this worker's name until leaseEnd; answers their ids. */
  private async claim(leaseEnd: Date): Promise<string[]> {
    const now = sqlDateTime(new Date());
    const until = sqlDateTime(leaseEnd);
    const limit = this.batchSize;

    if (this.sqlite) {
      // One server process per SQLite file, and one statement: the claim is atomic.
      const rows = await this.sql<{ id: string }>(
        `UPDATE email_message SET status = 'SENDING', claimed_until = ?, claimed_by = ?
         WHERE id IN (
           SELECT id FROM email_message
           WHERE (status IN ('QUEUED', 'FAILED') AND attempts < ? AND next_attempt_at <= ?)
              OR (status = 'SENDING' AND claimed_until < ?)
           ORDER BY next_attempt_at LIMIT ${limit})
         RETURNING id`,
        [until, this.workerId, this.maxAttempts, now, now],
      );
      return rows.map((r) => r.id);
    }

    // MariaDB/MySQL: each query walks the (status, next_attempt_at) index in order and stops
    // at the limit; SKIP LOCKED passes over rows another worker is claiming right now. READ
    // COMMITTED releases at once the rows a query looks at but doesn't take.
    return this.dataSource.transaction("READ COMMITTED", async (manager) => {
      const ids: string[] = [];
      const take = async (where: string, params: unknown[]) => {
        const room = limit - ids.length;
        if (room <= 0) return;
        const rows: { id: string }[] = await manager.query(
          `SELECT id FROM email_message WHERE ${where} ORDER BY next_attempt_at LIMIT ${room} FOR UPDATE SKIP LOCKED`,
          params,
        );
        for (const row of rows) ids.push(row.id);
      };
      await take(`status = 'SENDING' AND claimed_until < ?`, [now]);
      await take(`status = 'QUEUED' AND next_attempt_at <= ?`, [now]);
      await take(`status = 'FAILED' AND next_attempt_at <= ? AND attempts < ?`, [now, this.maxAttempts]);
      if (ids.length) {
        await manager.query(
          `UPDATE email_message SET status = 'SENDING', claimed_until = ?, claimed_by = ? WHERE id IN (${ids.map(() => "?").join(", ")})`,
          [until, this.workerId, ...ids],
        );
      }
      return ids;
    });
  }

  /** Sends one claimed message and records the outcome; answers whether it was sent. */
  private async deliver(message: ClaimedRow): Promise<boolean> {
    let outcome: { ok: true; transport: string } | { ok: false; error: string };
    try {
      const { html, text } = await renderStored(message);
      const { transport } = await this.transport.send({
        id: message.id,
        toEmail: message.to_email,
        toName: message.to_name,
        subject: message.subject,
        html,
        text,
      });
      outcome = { ok: true, transport };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      outcome = { ok: false, error: (text.trim() || "unknown error").slice(0, 1000) };
    }

    const now = new Date();
    if (outcome.ok) {
      await this.sql(
        `UPDATE email_message SET status = 'SENT', sent_at = ?, transport = ?, last_error = NULL, claimed_until = NULL, claimed_by = NULL
         WHERE id = ? AND claimed_by = ?`,
        [sqlDateTime(now), outcome.transport, message.id, this.workerId],
      );
      await this.settled(message, null, now);
      return true;
    }
    const attempts = message.attempts + 1;
    const nextAttemptAt = new Date(now.getTime() + Math.max(0, this.backoff(attempts)));
    await this.sql(
      `UPDATE email_message SET status = 'FAILED', attempts = ?, last_error = ?, next_attempt_at = ?, transport = ?, claimed_until = NULL, claimed_by = NULL
       WHERE id = ? AND claimed_by = ?`,
      [attempts, outcome.error, sqlDateTime(nextAttemptAt), this.transport.name, message.id, this.workerId],
    );
    await this.settled(message, outcome.error, now);
    return false;
  }

  private async settled(message: ClaimedRow, error: string | null, at: Date) {
    if (!this.onSettled) return;
    const settled = { id: message.id, kind: message.kind, subjectType: message.subject_type, subjectId: message.subject_id, ok: error === null, error, at };
    await this.onSettled(settled, (sql, params) => this.sql(sql, params));
  }

  /** Gives back claimed messages this run had no time to start. */
  private async release(ids: string[]): Promise<void> {
    await this.sql(
      `UPDATE email_message SET status = CASE WHEN attempts > 0 THEN 'FAILED' ELSE 'QUEUED' END, claimed_until = NULL, claimed_by = NULL
       WHERE id IN (${ids.map(() => "?").join(", ")}) AND claimed_by = ?`,
      [...ids, this.workerId],
    );
  }

  /**
   * One statement outside any transaction. On MariaDB that is a pooled connection. SQLite has
   * a single connection that a request's transaction may hold open across awaits: the
   * statement waits for it to end, then runs synchronously, so it can neither read that
   * transaction's uncommitted rows nor be rolled back with it.
   */
  private async sql<Row = unknown>(sql: string, params: unknown[]): Promise<Row[]> {
    const sqlite = this.sqlite;
    if (!sqlite) return this.dataSource.query(sql, params);
    const giveUpAt = Date.now() + this.leaseMs;
    while (sqlite.inTransaction) {
      if (Date.now() > giveUpAt) throw new Error("the SQLite database stayed inside a transaction; the outbox will try again");
      await sleep(5);
    }
    const statement = sqlite.prepare(sql);
    if (statement.reader) return statement.all(...params) as Row[];
    statement.run(...params);
    return [];
  }
}
