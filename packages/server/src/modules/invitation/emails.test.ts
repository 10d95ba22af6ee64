import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverRoot } from "../../paths.js";
import { testDialect } from "../../test/database.js";
import { sqlDateTime } from "../../db/raw.js";
import { buildTrust, type TrustFixture } from "../../test/fixtures.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { startSmtp } from "../../test/smtp.js";
import { ACCEPT, invite, INVITATION } from "../../test/invitations.js";

let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: TrustFixture;
let admin: { cookie: string };

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL: "https://lanyard.example.org" });
  t = await buildTrust(server.db, "mail", { staffPerSchool: 6 });
  admin = { cookie: await server.signIn(t.trustAdmin.email, t.trustAdmin.password) };
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const rows = (sql: string, params: unknown[] = []) => server.db.dataSource.query(sql, params) as Promise<Record<string, any>[]>;
const to = (email: string) => smtp.received.filter((m) => m.to.includes(email));
const linkIn = (text: string) => /https:\/\/lanyard\.example\.org\/accept\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

describe("emails (rule 10)", () => {
  it("delivers the invitation over SMTP with trust, school, product, role, inviter, expiry and one link, then the link works", async () => {
    const person = t.staff.find((s) => s.schoolId === t.schools[1]!.id)!;
    const result = await invite(server, admin, { staffIds: [person.id], items: [{ productId: t.mis.id, schoolIds: [t.schools[1]!.id] }], roleCode: "teacher" });
    expect(await server.work()).toMatchObject({ sent: 1, failed: 0 });
    const [mail] = to(person.email);
    expect(mail!.subject).toBe(`${t.trust.name} invited you to Management Information System`);
    for (const part of [mail!.html, mail!.text]) {
      expect(part).toContain(t.trust.name);
      expect(part).toContain(t.schools[1]!.name);
      expect(part).toContain("Teacher");
      expect(part).toContain(t.trustAdmin.email);
    }
    const expiry = new Date(result.invitations[0]!.expiresAt).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    expect(mail!.text).toContain(expiry);
    const token = linkIn(mail!.text)!;
    expect(linkIn(mail!.html)).toBe(token);

    const read = await server.gql(INVITATION, { id: result.invitations[0]!.id }, admin);
    expect(read.data!.invitation).toMatchObject({ delivery: "SENT", lastError: null, sentAt: expect.any(String) });
    expect(read.data!.invitation.events.map((e: { kind: string }) => e.kind)).toEqual(["CREATED", "SENT"]);

    const accepted = await server.gql(ACCEPT, { token, f: person.firstName, l: person.lastName, p: "a-long-enough-password" });
    expect(accepted.data!.acceptInvitation.errors).toEqual([]);
    const access = await server.gql(`query($id: ID!) { staff(first: 20, filter: { schoolId: $id }) { edges { node { email accesses { product { code } school { id } } } } } }`, { id: t.schools[1]!.id }, admin);
    if (!access.data) throw new Error(JSON.stringify(access.errors));
    const node = access.data!.staff.edges.find((e: { node: { email: string } }) => e.node.email === person.email).node;
    expect(node.accesses).toEqual([{ product: { code: "MIS" }, school: { id: t.schools[1]!.id } }]);
  });

  it("escapes a name with <script> in the email", async () => {
    await invite(server, admin, { emails: ["escape@mail.example.org"], items: [{ productId: t.hr.id }], roleCode: "viewer" });
    await rows("UPDATE email_message SET status = 'SENT' WHERE to_email <> 'escape@mail.example.org'");
    // The name comes from the roster in real life; here the trust's own name carries the payload.
    await rows("UPDATE trust SET name = ? WHERE id = ?", ["Oak <script>alert(1)</script> Trust", t.trust.id]);
    await invite(server, admin, { emails: ["escape2@mail.example.org"], items: [{ productId: t.hr.id }], roleCode: "viewer" });
    await server.work();
    const [mail] = to("escape2@mail.example.org");
    expect(mail!.html).not.toContain("<script>");
    expect(mail!.html).toContain("&lt;script&gt;");
    expect(mail!.text).toContain("Oak <script>alert(1)</script> Trust"); // plain text is plain
    await rows("UPDATE trust SET name = ? WHERE id = ?", [t.trust.name, t.trust.id]);
  });

  it("records FAILED with the last error while SMTP refuses, then delivers every message exactly once when it recovers", async () => {
    smtp.state.refuse = { code: 451, message: "4.3.0 Mailbox temporarily unavailable" };
    const people = ["down1@mail.example.org", "down2@mail.example.org", "down3@mail.example.org"];
    const result = await invite(server, admin, { emails: people, items: [{ productId: t.hr.id }], roleCode: "viewer" });
    expect(await server.work()).toMatchObject({ sent: 0, failed: 3 });
    const list = await server.gql(`{ invitations(filter: { delivery: FAILED, search: "down" }) { totalCount edges { node { email delivery lastError } } } }`, {}, admin);
    expect(list.data!.invitations.totalCount).toBe(3);
    expect(list.data!.invitations.edges[0].node.lastError).toContain("Mailbox temporarily unavailable");

    smtp.state.refuse = null;
    await server.work();
    await server.work();
    for (const email of people) expect(to(email)).toHaveLength(1);
    for (const inv of result.invitations) {
      const read = await server.gql(INVITATION, { id: inv.id }, admin);
      expect(read.data!.invitation).toMatchObject({ delivery: "SENT", lastError: null });
      expect(read.data!.invitation.events.map((e: { kind: string }) => e.kind)).toEqual(["CREATED", "DELIVERY_FAILED", "SENT"]);
    }
  });

  it("keeps a scheduled invitation SCHEDULED until its send time, then sends it and makes it PENDING", async () => {
    const sendAt = new Date(Date.now() + 3600_000).toISOString();
    const result = await invite(server, admin, { emails: ["later@mail.example.org"], items: [{ productId: t.hr.id }], roleCode: "viewer", sendAt });
    await server.work();
    expect(to("later@mail.example.org")).toHaveLength(0);
    expect((await server.gql(INVITATION, { id: result.invitations[0]!.id }, admin)).data!.invitation.state).toBe("SCHEDULED");
    const past = sqlDateTime(new Date(Date.now() - 1000));
    await rows("UPDATE invitation SET send_at = ? WHERE id = ?", [past, result.invitations[0]!.id]);
    await rows("UPDATE email_message SET next_attempt_at = ? WHERE subject_id = ?", [past, result.invitations[0]!.id]);
    await server.work();
    expect(to("later@mail.example.org")).toHaveLength(1);
    expect((await server.gql(INVITATION, { id: result.invitations[0]!.id }, admin)).data!.invitation).toMatchObject({ state: "PENDING", delivery: "SENT" });
  });

  it("shows the outbox in the mailbox, newest first, with accept links hidden once SMTP is configured", async () => {
    const res = await server.gql(`{ emailMessages(first: 5) { edges { node { id toEmail delivery createdAt } } } }`, {}, admin);
    const nodes = res.data!.emailMessages.edges.map((e: { node: { createdAt: string } }) => e.node);
    expect(nodes.length).toBeGreaterThan(1);
    expect([...nodes].sort((a, b) => b.createdAt.localeCompare(a.createdAt))).toEqual(nodes);
    const invitationMail = (await rows("SELECT id FROM email_message WHERE kind = 'invitation' AND status = 'SENT'"))[0]!;
    const one = await server.gql(`query($id: ID!) { emailMessage(id: $id) { html text delivery } }`, { id: invitationMail.id }, admin);
    expect(one.data!.emailMessage.delivery).toBe("SENT");
    expect(linkIn(one.data!.emailMessage.html)).toBeUndefined();
    expect(linkIn(one.data!.emailMessage.text)).toBeUndefined();
    expect(one.data!.emailMessage.text).toContain("/accept/[link hidden]");
    // A list that asks for bodies gets them, in one extra query for the page.
    const before = server.db.queries.statements;
    const withBodies = await server.gql(`{ emailMessages(first: 5) { edges { node { subject text } } } }`, {}, admin);
    expect(withBodies.data!.emailMessages.edges.every((e: { node: { text: string } }) => e.node.text.length > 100)).toBe(true);
    expect(server.db.queries.statements - before).toBeLessThanOrEqual(4);
  });

  it.skipIf(testDialect() === "sqlite")("never sends a message twice from two worker processes on one MariaDB database", async () => {
    const people = Array.from({ length: 120 }, (_, i) => `crowd${i}@mail.example.org`);
    await invite(server, admin, { emails: people, items: [{ productId: t.hr.id }], roleCode: "viewer" });
    const worker = () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ["--import", "@swc-node/register/esm-register", "src/cli/index.ts", "worker", "--drain"], {
          cwd: serverRoot,
          env: { ...process.env, DATABASE_URL: server.config.database.kind === "mariadb" ? server.config.database.url : "", SMTP_URL: smtp.url, NODE_ENV: "test" },
        });
        let out = "";
        child.stdout.on("data", (chunk) => (out += chunk));
        child.stderr.on("data", (chunk) => (out += chunk));
        child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(out))));
      });
    const outputs = await Promise.all([worker(), worker()]);
    const sent = outputs.map((o) => Number(/drained: (\d+)/.exec(o)?.[1] ?? -1));
    expect(sent.reduce((a, b) => a + b, 0)).toBe(people.length);
    for (const email of people) expect(to(email)).toHaveLength(1);
    const delivered = await rows("SELECT COUNT(*) AS n FROM invitation WHERE email LIKE 'crowd%' AND delivery = 'SENT'");
    expect(Number(delivered[0]!.n)).toBe(people.length);
  }, 60_000);
});
