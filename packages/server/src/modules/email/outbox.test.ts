import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { migrate, openDatabase, type Database } from "../../db/data-source.js";
import { createTestDatabase, testDialect } from "../../test/database.js";
import { startSmtp } from "../../test/smtp.js";
import { EmailMessage } from "./email-message.entity.js";
import { createMailTransport, type MailTransport } from "./mail-transport.js";
import { queueEmail, type QueuedEmail } from "./outbox.js";
import { OutboxWorker, type OutboxWorkerOptions } from "./outbox-worker.js";



const MAIL_FROM = "Lanyard <no-reply@lanyard.test>";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Database;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let transport: MailTransport;
const extra: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  db = await openDatabase(database.config);
  await migrate(db);
  smtp = await startSmtp();
  transport = createMailTransport({ smtpUrl: smtp.url, mailFrom: MAIL_FROM });
});
afterAll(async () => {
  await transport?.close();
  for (const x of extra) await x.close();
  await smtp?.close();
  await db?.dataSource.destroy();
  await database?.drop();
});
beforeEach(async () => {
  await db.dataSource.query("DELETE FROM email_message");
  smtp.received.length = 0;
  smtp.state.refuse = null;
});

let counter = 0;
function message(overrides: Partial<QueuedEmail> = {}): QueuedEmail {
  const n = ++counter;
  return {
    trustId: null,
    toEmail: `person${n}@school.test`,
    toName: `Person ${n}`,
    subject: `You're invited to Maths Hub (${n})`,
    html: `<p>Hello <b>Person ${n}</b> — accept: <a href="https://lanyard.test/i/${n}">link</a></p>`,
    text: `Hello Person ${n}\n\nAccept: https://lanyard.test/i/${n}\n`,
    kind: "invitation",
    subjectType: "Invitation",
    subjectId: `00000000-0000-7000-8000-${String(n).padStart(12, "0")}`,
    ...overrides,
  };
}

const queue = (m: QueuedEmail = message()) => db.dataSource.transaction((manager) => queueEmail(manager, m));
const row = (id: string) => db.dataSource.getRepository(EmailMessage).findOneByOrFail({ id });
const worker = (options: OutboxWorkerOptions = {}, t: MailTransport = transport, d: Database = db) =>
  new OutboxWorker(d.dataSource, t, { log: () => {}, ...options });

describe("queueEmail", () => {
  it("writes a QUEUED row due now, or at the given sendAt", async () => {
    const before = Date.now();
    const id = await queue(message({ trustId: "00000000-0000-7000-8000-00000000000a" }));
    const m = await row(id);
    expect(m).toMatchObject({ status: "QUEUED", attempts: 0, kind: "invitation", subjectType: "Invitation", transport: null, sentAt: null, claimedUntil: null });
    expect(m.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(m.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());

    const later = new Date(Date.now() + 3_600_000);
    const scheduled = await queue(message({ sendAt: later }));
    expect((await row(scheduled)).nextAttemptAt.getTime()).toBe(later.getTime());
    expect(await worker().runOnce()).toEqual({ sent: 1, failed: 0 }); // only the one due now
    expect((await row(scheduled)).status).toBe("QUEUED");
    expect(smtp.copiesOf(scheduled)).toBe(0);
  });
});

describe("delivery over SMTP", () => {
  it("delivers a queued message once, with its subject, html and text intact", async () => {
    const m = message({ subject: "Oakwood Trust invited you — Maths Hub & Reading «Plus»" });
    const id = await queue(m);
    const w = worker();
    expect(await w.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.id).toBe(id);
    expect(mail.subject).toBe(m.subject);
    expect(mail.html).toContain(m.html);
    expect(mail.text.trim()).toBe(m.text.trim());
    expect(mail.to).toContain(m.toEmail);
    expect(mail.from).toContain("no-reply@lanyard.test");

    const stored = await row(id);
    expect(stored).toMatchObject({ status: "SENT", transport: "smtp", attempts: 0, lastError: null, claimedUntil: null, claimedBy: null });
    expect(stored.sentAt).toBeInstanceOf(Date);
  });

  it("marks a refused message FAILED with the error and a later retry, then delivers it once the server recovers", async () => {
    smtp.state.refuse = { code: 451, message: "Mailbox busy, try again later" };
    const id = await queue();
    const w = worker({ backoff: () => 60_000 });
    const before = Date.now();
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 1 });

    const failed = await row(id);
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1, claimedBy: null, sentAt: null });
    expect(failed.lastError).toMatch(/451/);
    expect(failed.lastError).toMatch(/Mailbox busy/);
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 59_000);
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0 }); // not due yet

    smtp.state.refuse = null;
    await db.dataSource.getRepository(EmailMessage).update(id, { nextAttemptAt: new Date(Date.now() - 1000) });
    expect(await w.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    expect(smtp.copiesOf(id)).toBe(1);
    expect(await row(id)).toMatchObject({ status: "SENT", transport: "smtp", attempts: 1, lastError: null });
  });

  it("retries with no back-off until maxAttempts, then leaves the message FAILED", async () => {
    smtp.state.refuse = { code: 451, message: "Greylisted" };
    const id = await queue();
    const w = worker({ backoff: () => 0, maxAttempts: 3 });
    for (let i = 0; i < 3; i++) expect(await w.runOnce()).toEqual({ sent: 0, failed: 1 });
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "FAILED", attempts: 3 });
    expect(smtp.received).toHaveLength(0);
  });

  it("takes over a claim whose lease lapsed (a crashed worker), but not a live one", async () => {
    const lapsed = await queue();
    const live = await queue();
    const repo = db.dataSource.getRepository(EmailMessage);
    await repo.update(lapsed, { status: "SENDING", claimedBy: "crashed", claimedUntil: new Date(Date.now() - 1000) });
    await repo.update(live, { status: "SENDING", claimedBy: "busy", claimedUntil: new Date(Date.now() + 60_000) });

    expect(await worker().runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.copiesOf(lapsed)).toBe(1);
    expect(smtp.copiesOf(live)).toBe(0);
    expect(await row(live)).toMatchObject({ status: "SENDING", claimedBy: "busy" });
  });

  it("start() polls and delivers; stop() waits for the run in progress", async () => {
    const w = worker({ pollMs: 20 });
    w.start();
    const id = await queue();
    for (let i = 0; i < 200 && smtp.copiesOf(id) === 0; i++) await sleep(10);
    await w.stop();
    expect(smtp.copiesOf(id)).toBe(1);
    expect((await row(id)).status).toBe("SENT");
  });

  it.skipIf(testDialect() === "sqlite")(
    "two workers, each with its own connection pool, send each of 150 messages exactly once",
    async () => {
      const ids: string[] = [];
      await db.dataSource.transaction(async (manager) => {
        for (let i = 0; i < 150; i++) ids.push(await queueEmail(manager, message()));
      });
      const second = await openDatabase(database.config);
      extra.push({ close: () => second.dataSource.destroy() });
      const secondTransport = createMailTransport({ smtpUrl: smtp.url, mailFrom: MAIL_FROM });
      extra.push(secondTransport);
      const a = worker({ batchSize: 10, workerId: "worker-a" });
      const b = worker({ batchSize: 10, workerId: "worker-b" }, secondTransport, second);

      const totals = { a: 0, b: 0 };
      for (let round = 0; round < 100; round++) {
        const [ra, rb] = await Promise.all([a.runOnce(), b.runOnce()]);
        expect(ra.failed + rb.failed).toBe(0);
        totals.a += ra.sent;
        totals.b += rb.sent;
        if (ra.sent + rb.sent === 0) break;
      }

      expect(totals.a + totals.b).toBe(150);
      expect(totals.a).toBeGreaterThan(0);
      expect(totals.b).toBeGreaterThan(0);
      expect(smtp.received).toHaveLength(150);
      for (const id of ids) expect(smtp.copiesOf(id)).toBe(1);
      const [{ n }] = await db.dataSource.query("SELECT COUNT(*) AS n FROM email_message WHERE status = 'SENT'");
      expect(Number(n)).toBe(150);
    },
  );
});

describe("without SMTP", () => {
  it("keeps messages for the mailbox: SENT with transport mailbox, nothing sent", async () => {
    const id = await queue();
    const mailbox = createMailTransport({ smtpUrl: null, mailFrom: MAIL_FROM });
    expect(mailbox.name).toBe("mailbox");
    expect(await worker({}, mailbox).runOnce()).toEqual({ sent: 1, failed: 0 });
    const stored = await row(id);
    expect(stored).toMatchObject({ status: "SENT", transport: "mailbox", lastError: null });
    expect(stored.html).toContain("accept");
    expect(smtp.received).toHaveLength(0);
  });
});

describe("the outbox follows the transaction", () => {
  it("never sends a message queued in a transaction that rolled back", async () => {
    const m = message();
    await expect(
      db.dataSource.transaction(async (manager) => {
        await queueEmail(manager, m);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await worker().runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(await db.dataSource.getRepository(EmailMessage).countBy({ subject: m.subject })).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it("does not send a message whose transaction is still open, and never after it rolls back", async () => {
    const m = message();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const tx = db.dataSource.transaction(async (manager) => {
      await queueEmail(manager, m);
      await gate;
      throw new Error("rolled back");
    });
    await sleep(50); // the row is written, uncommitted
    const run = worker().runOnce();
    await sleep(50);
    release();
    await expect(tx).rejects.toThrow("rolled back");
    expect(await run).toEqual({ sent: 0, failed: 0 });
    expect(await worker().runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });
});
