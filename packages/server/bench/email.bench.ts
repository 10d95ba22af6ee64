// Email end to end: 10,000 invitation emails queued as inviteStaff and resend queue them
// (InvitationMailer: each row keeps its template's values, multi-row INSERTs in one
// transaction) and rendered (EmailRenderer: templates compiled once, then filled per
// recipient) and delivered by the real OutboxWorker, wired as the server wires it (createWorker: delivery shown on the invitation,
// the invitation clock on every poll), over SMTP (nodemailer's pool) to a local sink in a
// process of its own. Beside it: nodemailer sending the same rendered messages straight to the
// sink (no database), the ceiling of the SMTP leg. And the render time per message against its
// target: rendering must never be the bottleneck.
//
// It runs in a database of its own (`<bench database>_outbox`, created and migrated when
// missing, emptied before and after), so the worker can't claim the large seed's emails.
import { fork, type ChildProcess } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { InvitationState } from "@lanyard/shared";
import { createConnection } from "mysql2/promise";
import { insertRows } from "../src/db/bulk.js";
import { migrate, openDatabase, type Database } from "../src/db/data-source.js";
import { newId } from "../src/db/id.js";
import { newToken } from "../src/modules/auth/tokens.js";
import { EmailRenderer } from "../src/modules/email/email.renderer.js";
import type { EmailItem, RenderedEmail } from "../src/modules/email/email.types.js";
import { createMailTransport, type MailTransport } from "../src/modules/email/mail-transport.js";
import { InvitationMailer, type InvitationEmail } from "../src/modules/invitation/invitation.mailer.js";
import { recordInvitationDelivery } from "../src/modules/invitation/invitation-delivery.js";
import { Invitation } from "../src/modules/invitation/invitation.entity.js";
import { Trust } from "../src/modules/trust/trust.entity.js";
import { createWorker } from "../src/worker.js";
import type { MariaDbConfig } from "./setup.js";
import { rate, timing, type BenchmarkDefinition } from "./types.js";

export const EMAILS = 10_000;
const WARMUP_EMAILS = 500;
/** Rendering one email must take less than this (ms). */
export const RENDER_MAX_MS = 1;
const OUTBOX_SLUG = "bench-outbox";
const PUBLIC_URL = "https://lanyard.example.org";

/** BENCH_EMAIL_ROUNDS: alternating rounds of 10,000 end to end and 10,000 straight to the sink (1). */
function emailRounds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.BENCH_EMAIL_ROUNDS?.trim();
  const value = raw ? Number(raw) : 1;
  if (!Number.isInteger(value) || value < 1) throw new Error(`BENCH_EMAIL_ROUNDS="${raw}" must be a whole number ≥ 1`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// The SMTP sink (smtp-sink.mjs), forked.

interface SinkCount {
  received: number;
  identified: number;
  bytes: number;
}

class Sink {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static start(): Promise<Sink> {
    const child = fork(fileURLToPath(new URL("./smtp-sink.mjs", import.meta.url)), [], { execArgv: [], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    return new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (code) => reject(new Error(`the SMTP sink exited with code ${code}`)));
      child.once("message", (message: { type: string; port: number }) => {
        child.removeAllListeners("exit");
        resolve(new Sink(child, `smtp://127.0.0.1:${message.port}`));
      });
    });
  }

  private ask<T>(request: object, answer: string): Promise<T> {
    return new Promise((resolve) => {
      const listener = (message: { type: string } & T) => {
        if (message.type !== answer) return;
        this.child.off("message", listener);
        resolve(message);
      };
      this.child.on("message", listener);
      this.child.send(request);
    });
  }

  count(): Promise<SinkCount> {
    return this.ask({ type: "count" }, "count");
  }

  /** Resolves once the sink has accepted `count` messages in all. */
  reach(count: number): Promise<SinkCount> {
    return this.ask({ type: "wait", count }, "reached");
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once("exit", () => resolve());
      this.child.send({ type: "close" });
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The throwaway outbox database.

async function openOutboxDatabase(main: MariaDbConfig): Promise<Database> {
  const name = `${main.database}_outbox`;
  const connection = await createConnection({ host: main.host, port: main.port, user: main.username, password: main.password });
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${name.replace(/`/g, "``")}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
  const db = await openDatabase({ ...main, database: name, url: main.url.replace(/\/[^/?]*(\?|$)/, `/${name}$1`) });
  await migrate(db);
  return db;
}

async function emptyOutbox(db: Database): Promise<void> {
  await db.dataSource.query("DELETE FROM `email_message`");
  await db.dataSource.query("DELETE FROM `invitation_event`");
  await db.dataSource.query("DELETE FROM `invitation`");
  await db.dataSource.query("DELETE FROM `trust` WHERE slug = ?", [OUTBOX_SLUG]);
}

// ---------------------------------------------------------------------------------------------
// The messages.

const FIRST = ["Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Arthur", "Freya", "Leo", "Sophia", "Harry"];
const LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "O'Brien", "Patel", "Evans", "Khan"];
const SCHOOLS = ["Oakwood Primary School", "St Mary's C of E Academy", "Riverside Community College", "Hillcrest Junior School", "Northgate High"];
const PRODUCTS: [string, string][] = [
  ["Arbor MIS", "Teacher"],
  ["CPOMS", "Safeguarding lead"],
  ["Google Workspace", "Staff"],
  ["Sparx Maths", "Class teacher"],
];

interface Recipient {
  invitationId: string;
  email: string;
  name: string;
  items: EmailItem[];
  token: string;
}

function recipients(count: number, round: number): Recipient[] {
  return Array.from({ length: count }, (_, i) => {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i * 7 + round) % LAST.length]!;
    const items = Array.from({ length: 1 + (i % 3) }, (_, k) => {
      const [productName, roleName] = PRODUCTS[(i + k) % PRODUCTS.length]!;
      return { productName, roleName, schoolName: SCHOOLS[(i + k * 3) % SCHOOLS.length]! };
    });
    return { invitationId: newId(), email: `${first}.${last}.${round}.${i}@staff.example.org`.toLowerCase().replace("'", ""), name: `${first} ${last}`, items, token: newToken() };
  });
}

/** The invitations the emails are about (untimed setup), so delivery is recorded on real rows. */
async function insertInvitations(db: Database, trustId: string, people: Recipient[], now: Date): Promise<void> {
  const expiresAt = new Date(now.getTime() + 14 * 24 * 3600_000);
  const rows = people.map(
    (p): Invitation => ({
      id: p.invitationId,
      trustId,
      email: p.email,
      firstName: p.name.split(" ")[0]!,
      lastName: p.name.split(" ")[1]!,
      staffId: null,
      schoolId: null,
      state: InvitationState.PENDING,
      existingUser: false,
      tokenHash: null,
      createdAt: now,
      sendAt: now,
      sentAt: null,
      expiresAt,
      respondedAt: null,
      delivery: "QUEUED",
      lastError: null,
      awaitingApproval: false,
      invitedBy: "bench@lanyard.test",
    }),
  );
  await db.dataSource.transaction((manager) => insertRows(manager, Invitation, rows));
}

function render(renderer: EmailRenderer, people: Recipient[], now: Date): { rendered: RenderedEmail[]; ms: number } {
  const expiresAt = new Date(now.getTime() + 14 * 24 * 3600_000);
  const started = performance.now();
  const rendered = people.map((p) =>
    renderer.render("invitation", {
      trustName: "Bench Multi-Academy Trust",
      recipientName: p.name,
      inviterName: "bench@lanyard.test",
      items: p.items,
      url: `${PUBLIC_URL}/accept/${p.token}`,
      expiresAt,
      supportContact: "bench@lanyard.test",
    }),
  );
  return { rendered, ms: performance.now() - started };
}

/** Queued as inviteStaff queues them: InvitationMailer's rows (each email's template values) in one transaction. */
async function queue(db: Database, trustId: string, people: Recipient[], now: Date): Promise<number> {
  const mailer = new InvitationMailer({ publicUrl: PUBLIC_URL });
  const expiresAt = new Date(now.getTime() + 14 * 24 * 3600_000);
  const started = performance.now();
  const emails = people.map(
    (p): InvitationEmail => ({
      kind: "invitation",
      trustId,
      trustName: "Bench Multi-Academy Trust",
      invitationId: p.invitationId,
      toEmail: p.email,
      toName: p.name,
      inviter: "bench@lanyard.test",
      items: p.items,
      token: p.token,
      expiresAt,
      sendAt: now,
    }),
  );
  await db.dataSource.transaction((manager) => mailer.queue(manager, emails, now));
  return performance.now() - started;
}

/** Runs the worker (its own polling loop) until every queued message has been settled; answers the wall time and the statements it sent. */
async function deliver(db: Database, transport: MailTransport, sink: Sink, count: number, log: (m: string) => void): Promise<{ ms: number; statements: number }> {
  let settled = 0;
  let failed = 0;
  let done: () => void = () => {};
  const allSettled = new Promise<void>((resolve) => (done = resolve));
  const worker = createWorker(db.dataSource, transport, {
    log: (m) => log(`email: ${m}`),
    onSettled: async (message) => {
      await recordInvitationDelivery(db.dataSource, message);
      if (!message.ok) failed++;
      if (++settled === count) done();
    },
  });
  const before = await sink.count();
  const statementsBefore = db.queries.statements;
  const started = performance.now();
  worker.start();
  await allSettled;
  const ms = performance.now() - started;
  await worker.stop();
  const statements = db.queries.statements - statementsBefore;
  if (failed) throw new Error(`${failed} of ${count} emails failed to send`);
  const after = await sink.reach(before.received + count);
  if (after.identified - before.identified !== count) throw new Error(`the sink saw ${after.identified - before.identified} outbox messages, not ${count}`);
  const [row] = (await db.dataSource.query("SELECT COUNT(*) AS n FROM `email_message` WHERE status <> 'SENT'")) as { n: number | string }[];
  if (Number(row?.n) !== 0) throw new Error(`${String(row?.n)} emails are not SENT after the worker finished`);
  return { ms, statements };
}

/** The baseline: the same rendered messages through the same nodemailer pool, straight to the sink (5 at a time, as the worker sends). */
async function sendDirect(transport: MailTransport, people: Recipient[], rendered: RenderedEmail[]): Promise<number> {
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < people.length) {
      const i = next++;
      await transport.send({ id: newId(), toEmail: people[i]!.email, toName: people[i]!.name, subject: rendered[i]!.subject, html: rendered[i]!.html, text: rendered[i]!.text });
    }
  };
  await Promise.all(Array.from({ length: 5 }, lane));
  return performance.now() - started;
}

export const emailBenchmark: BenchmarkDefinition = {
  name: "email",
  async run({ setup, log }) {
    const sink = await Sink.start();
    const db = await openOutboxDatabase(setup.config.database);
    const transport = createMailTransport({ smtpUrl: sink.url, mailFrom: "Lanyard <no-reply@lanyard.example.org>" });
    try {
      await emptyOutbox(db);
      const trustId = newId();
      await db.dataSource.getRepository(Trust).insert({
        id: trustId,
        slug: OUTBOX_SLUG,
        name: "Bench Multi-Academy Trust",
        defaultInviteExpiryDays: 14,
        requiresSchoolApproval: false,
        reminderDays: [],
        createdAt: new Date(),
      });
      const compileStarted = performance.now();
      const renderer = await EmailRenderer.create();
      const compileMs = performance.now() - compileStarted;

      /** One end-to-end round of `count` emails: render, queue, deliver. */
      const endToEnd = async (count: number, round: number) => {
        const now = new Date();
        const people = recipients(count, round);
        await insertInvitations(db, trustId, people, now);
        const queueMs = await queue(db, trustId, people, now);
        // The worker renders each message as it sends it: delivery's time includes rendering.
        const { ms: deliverMs, statements } = await deliver(db, transport, sink, count, log);
        await db.dataSource.query("DELETE FROM `email_message`");
        await db.dataSource.query("DELETE FROM `invitation_event`");
        await db.dataSource.query("DELETE FROM `invitation`");
        // The same messages rendered on their own: the per-email figure, and the baseline's bodies.
        const { rendered, ms: renderMs } = render(renderer, people, now);
        return { people, rendered, renderMs, queueMs, deliverMs, statements, totalMs: queueMs + deliverMs };
      };

      log(`email: warming up (${WARMUP_EMAILS} emails end to end, and straight to the sink)…`);
      const warm = await endToEnd(WARMUP_EMAILS, 0);
      await sendDirect(transport, warm.people, warm.rendered);

      // 10,000 emails take tens of seconds each way on 2 cores: one round unless asked for more.
      const rounds = emailRounds();
      log(`email: ${rounds} round${rounds === 1 ? "" : "s"} of ${EMAILS} emails end to end, then straight to the sink…`);
      const e2eRates: number[] = [];
      const directRates: number[] = [];
      const renderPerMessage: number[] = [];
      const phases: string[] = [];
      for (let round = 1; round <= rounds; round++) {
        const result = await endToEnd(EMAILS, round);
        e2eRates.push((EMAILS / result.totalMs) * 1000);
        renderPerMessage.push(result.renderMs / EMAILS);
        phases.push(
          `round ${round}: queue ${result.queueMs.toFixed(0)} ms, render and deliver ${(result.deliverMs / 1000).toFixed(2)} s (${Math.round((EMAILS / result.deliverMs) * 1000)} msg/s, ${(result.statements / EMAILS).toFixed(2)} SQL statements a message)`,
        );
        log(`email: ${phases.at(-1)!}`);
        const directMs = await sendDirect(transport, result.people, result.rendered);
        directRates.push((EMAILS / directMs) * 1000);
      }
      const htmlBytes = warm.rendered.reduce((n, r) => n + Buffer.byteLength(r.html), 0) / warm.rendered.length;

      return [
        rate(`${EMAILS} emails end to end`, "msg", e2eRates, "nodemailer → sink, no DB", directRates, 0),
        timing("render per email", renderPerMessage, { unit: "email", maxMs: RENDER_MAX_MS }),
        {
          kind: "check",
          label: "email phases",
          detail: `templates compiled once in ${compileMs.toFixed(0)} ms; every email delivered once, each SENT`,
          met: true,
          values: { compileMs, htmlBytes },
          notes: [...phases, `HTML ≈ ${(htmlBytes / 1024).toFixed(1)} kB an email; worker defaults: batches of 50, 5 sends at a time, nodemailer pool of 5`],
        },
      ];
    } finally {
      await emptyOutbox(db).catch(() => undefined);
      await transport.close();
      await db.dataSource.destroy();
      await sink.close();
    }
  },
};
