import "reflect-metadata";
import { Acceptance, DeliveryState, InvitationState, ProductLevel } from "@lanyard/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Access } from "../../modules/access/access.entity.js";
import { AuditEvent } from "../../modules/audit/audit-event.entity.js";
import { Admin } from "../../modules/auth/admin.entity.js";
import { verifyPassword } from "../../modules/auth/password.js";
import { hashToken } from "../../modules/auth/tokens.js";
import { renderStored } from "../../modules/email/email-content.js";
import { EmailMessage } from "../../modules/email/email-message.entity.js";
import { InvitationEvent } from "../../modules/invitation/invitation-event.entity.js";
import { InvitationItem } from "../../modules/invitation/invitation-item.entity.js";
import { Invitation } from "../../modules/invitation/invitation.entity.js";
import { activeAccessKey, openItemKey } from "../../modules/invitation/keys.js";
import { Cohort } from "../../modules/product/cohort.entity.js";
import { ProductRole } from "../../modules/product/product-role.entity.js";
import { Product } from "../../modules/product/product.entity.js";
import { School } from "../../modules/school/school.entity.js";
import { Staff } from "../../modules/staff/staff.entity.js";
import { isActive, Subscription } from "../../modules/subscription/subscription.entity.js";
import { Trust } from "../../modules/trust/trust.entity.js";
import { User } from "../../modules/user/user.entity.js";
import { createTestDatabase, testDialect } from "../../test/database.js";
import { migrate, openDatabase, type Database } from "../data-source.js";
import { addDays, REFERENCE_DATE, DAY, HOUR } from "./dates.js";
import { DEMO_ADMIN_PASSWORD, demoAdminEmail, demoSchoolAdminEmail, seedTrust, type SeedResult } from "./index.js";
import { buildSeed, seedTables } from "./plan.js";
import { insertStatement, mariadbLiterals } from "../bulk.js";

// Runs on the dialect of the vitest project (MariaDB or SQLite), a fresh database each time.
const opened: { db: Database; drop: () => Promise<void> }[] = [];

async function freshDatabase(): Promise<Database> {
  const { config, drop } = await createTestDatabase();
  const db = await openDatabase(config);
  opened.push({ db, drop });
  await migrate(db);
  return db;
}

const withoutTokens = (text: string) => text.replace(/\/accept\/[A-Za-z0-9_-]+/g, "/accept/<token>");

/** What the demo looks like, without volatile columns (password hashes are salted, links keyed). */
async function projection(db: Database, trustId: string) {
  const ds = db.dataSource;
  const schools = await ds.getRepository(School).find({ where: { trustId }, order: { urn: "ASC" } });
  const staff = await ds.getRepository(Staff).find({ where: { trustId }, order: { email: "ASC" } });
  const products = await ds.getRepository(Product).find({ where: { trustId }, order: { code: "ASC" } });
  const subscriptions = await ds.getRepository(Subscription).find({ where: { trustId }, order: { id: "ASC" } });
  const accesses = await ds.getRepository(Access).find({ where: { trustId }, order: { id: "ASC" } });
  const invitations = await ds.getRepository(Invitation).find({ where: { trustId }, order: { id: "ASC" } });
  const items = await ds.getRepository(InvitationItem).find({ where: { trustId }, order: { id: "ASC" } });
  const events = await ds.getRepository(InvitationEvent).find({ where: { trustId }, order: { id: "ASC" } });
  const emails = await ds.getRepository(EmailMessage).find({ where: { trustId }, order: { id: "ASC" } });
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    schools: schools.map((s) => [s.id, s.urn, s.name, s.postcode, s.localAuthority, s.phase]),
    staff: staff.map((s) => [s.id, s.schoolId, s.misId, s.email, s.jobTitle, s.createdAt.toISOString()]),
    products: products.map((p) => [p.id, p.code, p.acceptance]),
    subscriptions: subscriptions.map((s) => [s.productId, s.schoolId, s.startsAt.toISOString(), s.endsAt?.toISOString()]),
    accesses: accesses.map((a) => [a.userId, a.productId, a.roleId, a.schoolId, a.revokedAt?.toISOString(), a.invitationItemId, a.activeKey]),
    // Accept links are made with each seeding's own key: only whether there is one is the same.
    invitations: invitations.map((i) => [i.id, i.email, i.state, i.delivery, i.tokenHash !== null, iso(i.createdAt), iso(i.sentAt), iso(i.expiresAt), iso(i.respondedAt), i.lastError]),
    items: items.map((i) => [i.id, i.invitationId, i.productId, i.roleId, i.schoolId, i.cohortId, i.openKey]),
    events: events.map((e) => [e.id, e.invitationId, iso(e.at), e.kind, e.actorLabel, e.detail, iso(e.date)]),
    emails: emails.map((e) => [e.id, e.subjectId, e.kind, e.status, e.subject, withoutTokens(JSON.stringify(e.data)), iso(e.sentAt)]),
  };
}

function countRows(db: Database) {
  const ds = db.dataSource;
  return Promise.all(
    [Trust, School, Product, ProductRole, Cohort, Subscription, Staff, User, Access, Admin, Invitation, InvitationItem, InvitationEvent, EmailMessage].map((e) =>
      ds.getRepository<object>(e).count(),
    ),
  );
}

describe("seedTrust (small)", () => {
  let db: Database;
  let demo: SeedResult;

  beforeAll(async () => {
    db = await freshDatabase();
    demo = await seedTrust(db, { slug: "demo", size: "small" });
  }, 60_000);

  afterAll(async () => {
    for (const { db: d, drop } of opened) {
      await d.dataSource.destroy();
      await drop();
    }
  });

  it("creates a trust of about 12 schools, 8 products and 900 staff", async () => {
    expect(demo.created).toBe(true);
    expect(demo.counts).toMatchObject({ trusts: 1, schools: 12, products: 8, staff: 900, admins: 2 });
    const trust = await db.dataSource.getRepository(Trust).findOneByOrFail({ id: demo.trustId });
    expect(trust).toMatchObject({ name: "Oakwood Learning Trust", requiresSchoolApproval: false, defaultInviteExpiryDays: 14, reminderDays: [] });

    const schools = await db.dataSource.getRepository(School).findBy({ trustId: demo.trustId });
    expect(new Set(schools.map((s) => s.urn)).size).toBe(12);
    for (const s of schools) {
      expect(s.urn).toMatch(/^\d{6}$/);
      expect(s.postcode).toMatch(/^[A-Z]{1,2}\d{1,2} \d[A-Z]{2}$/);
    }
    expect(new Set(schools.map((s) => s.phase))).toEqual(new Set(["Primary", "Secondary", "All-through", "Special"]));

    const staff = await db.dataSource.getRepository(Staff).findBy({ trustId: demo.trustId });
    expect(staff).toHaveLength(900);
    const perSchool = (key: (s: Staff) => string) => new Set(staff.map((s) => `${s.schoolId}/${key(s)}`)).size;
    expect(perSchool((s) => s.email)).toBe(900);
    expect(perSchool((s) => s.misId)).toBe(900);
    expect(staff.every((s) => s.email === s.email.trim().toLowerCase() && /^[a-z-]+\.[a-z-]+\d*@/.test(s.email))).toBe(true);
  });

  it("has roles shared across products, cohorts, and both kinds of acceptance", async () => {
    const products = await db.dataSource.getRepository(Product).findBy({ trustId: demo.trustId });
    const acceptances = new Set(products.map((p) => p.acceptance));
    expect(acceptances).toEqual(new Set([Acceptance.GRANT_EXISTING_USERS, Acceptance.REQUIRE_ACCEPTANCE]));
    expect(products.filter((p) => p.level === ProductLevel.TRUST).length).toBeGreaterThan(0);

    const roles = await db.dataSource.getRepository(ProductRole).find();
    for (const p of products) {
      const own = roles.filter((r) => r.productId === p.id);
      expect(own.length).toBeGreaterThanOrEqual(2);
      expect(own.length).toBeLessThanOrEqual(4);
      expect(own.every((r) => r.accessSettings.length > 0)).toBe(true);
    }
    expect(roles.filter((r) => r.code === "teacher").length).toBeGreaterThanOrEqual(3);
    expect(await db.dataSource.getRepository(Cohort).count()).toBeGreaterThan(0);
  });

  it("leaves a school without an active subscription to a school-level product another school has", async () => {
    const subscriptions = await db.dataSource.getRepository(Subscription).findBy({ trustId: demo.trustId });
    const schools = await db.dataSource.getRepository(School).findBy({ trustId: demo.trustId });
    const products = await db.dataSource.getRepository(Product).findBy({ trustId: demo.trustId, level: ProductLevel.SCHOOL });
    const active = subscriptions.filter((s) => isActive(s, REFERENCE_DATE));
    const gaps = products.filter((p) => {
      const at = new Set(active.filter((s) => s.productId === p.id).map((s) => s.schoolId));
      return at.size > 0 && schools.some((s) => !at.has(s.id));
    });
    expect(gaps.length).toBeGreaterThan(0);
    expect(subscriptions.some((s) => s.endsAt !== null && s.endsAt < REFERENCE_DATE)).toBe(true);
    expect(subscriptions.some((s) => s.startsAt > REFERENCE_DATE)).toBe(true);
    expect(subscriptions.some((s) => s.schoolId === null && isActive(s, REFERENCE_DATE))).toBe(true);
  });

  it("gives roster staff accounts with accesses, some revoked, all at subscribed schools", async () => {
    const users = await db.dataSource.getRepository(User).find();
    const staffEmails = new Set((await db.dataSource.getRepository(Staff).findBy({ trustId: demo.trustId })).map((s) => s.email));
    // 25 staff registered before; the rest registered by accepting an invitation.
    expect(users.filter((u) => staffEmails.has(u.email)).length).toBeGreaterThanOrEqual(100);
    const invited = new Set((await db.dataSource.getRepository(Invitation).findBy({ trustId: demo.trustId })).map((i) => i.email));
    expect(users.every((u) => staffEmails.has(u.email) || invited.has(u.email))).toBe(true);
    expect(users.every((u) => u.email === u.email.trim().toLowerCase())).toBe(true);

    const accesses = await db.dataSource.getRepository(Access).findBy({ trustId: demo.trustId });
    expect(accesses.some((a) => a.revokedAt === null)).toBe(true);
    expect(accesses.some((a) => a.revokedAt !== null)).toBe(true);
    const active = (await db.dataSource.getRepository(Subscription).findBy({ trustId: demo.trustId })).filter((s) =>
      isActive(s, REFERENCE_DATE),
    );
    for (const a of accesses) {
      expect(active.some((s) => s.productId === a.productId && s.schoolId === a.schoolId)).toBe(true);
    }
  });

  it("holds invitations in every state and every delivery state, each with one to three items", async () => {
    const { invitations, items } = await invitationData(db, demo.trustId);
    expect(invitations.length).toBeGreaterThanOrEqual(250);
    expect(invitations.length).toBeLessThanOrEqual(400);
    expect(new Set(invitations.map((i) => i.state))).toEqual(new Set(Object.values(InvitationState)));
    expect(new Set(invitations.map((i) => i.delivery))).toEqual(new Set(Object.values(DeliveryState)));
    const perInvitation = count(items.map((i) => i.invitationId));
    expect(invitations.every((i) => (perInvitation.get(i.id) ?? 0) >= 1 && perInvitation.get(i.id)! <= 3)).toBe(true);
    // Trust-level items have no school; an invitation is listed under its person's school, or none for central staff.
    expect(items.some((i) => i.schoolId === null)).toBe(true);
    expect(invitations.some((i) => i.schoolId === null && i.staffId === null)).toBe(true);
    expect(invitations.some((i) => i.existingUser)).toBe(true);
    expect(invitations.every((i) => i.email === i.email.trim().toLowerCase())).toBe(true);
  });

  it("gives invitations believable dates for their state", async () => {
    const { invitations } = await invitationData(db, demo.trustId);
    const ref = REFERENCE_DATE.getTime();
    for (const i of invitations) {
      const t = (d: Date | null) => d?.getTime() ?? NaN;
      expect(t(i.createdAt)).toBeGreaterThanOrEqual(addDays(REFERENCE_DATE, -91).getTime());
      expect(t(i.createdAt)).toBeLessThanOrEqual(ref);
      if (i.sentAt) expect(t(i.sentAt)).toBeGreaterThanOrEqual(t(i.createdAt));
      switch (i.state) {
        case InvitationState.SCHEDULED:
          expect([t(i.sendAt) > ref, i.sentAt, i.respondedAt, i.delivery]).toEqual([true, null, null, DeliveryState.QUEUED]);
          break;
        case InvitationState.PENDING:
          expect(t(i.expiresAt)).toBeGreaterThan(ref);
          expect(i.respondedAt).toBeNull();
          // Not sent yet only while its email waits in the outbox, or bounced.
          if (i.sentAt === null) expect(i.delivery).not.toBe(DeliveryState.SENT);
          break;
        case InvitationState.EXPIRED:
          expect(t(i.expiresAt)).toBeLessThanOrEqual(ref);
          expect(i.respondedAt).toBeNull();
          break;
        case InvitationState.ACCEPTED:
        case InvitationState.DECLINED:
          if (i.tokenHash === null) {
            // Granted at once to an existing user (rule 5): no link to answer.
            expect([i.state, i.existingUser, t(i.respondedAt)]).toEqual([InvitationState.ACCEPTED, true, t(i.createdAt)]);
          } else {
            expect(t(i.respondedAt)).toBeGreaterThanOrEqual(t(i.sentAt));
            expect(t(i.respondedAt)).toBeLessThan(t(i.expiresAt));
          }
          break;
        case InvitationState.CANCELLED:
          expect(t(i.respondedAt)).toBeLessThanOrEqual(ref);
          break;
      }
      expect(i.delivery === DeliveryState.FAILED).toBe(i.lastError !== null);
    }
    // A bounce reads as the receiving server's reply.
    const errors = invitations.flatMap((i) => (i.lastError ? [i.lastError] : []));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => /^(5\d\d \d\.\d\.\d |connect ETIMEDOUT)/.test(e))).toBe(true);
  });

  it("keeps rule 4's keys: open items and active accesses are unique, and nobody is invited to what they hold", async () => {
    const { invitations, items, accesses, users } = await invitationData(db, demo.trustId);
    const byId = new Map(invitations.map((i) => [i.id, i]));
    const open = new Set<string>([InvitationState.SCHEDULED, InvitationState.PENDING]);
    for (const item of items) {
      const invitation = byId.get(item.invitationId)!;
      const key = openItemKey(demo.trustId, invitation.email, item.productId, item.schoolId);
      // Open invitations' items hold their key, but for what an existing user was granted at once.
      if (!open.has(invitation.state)) expect(item.openKey).toBeNull();
      else if (item.openKey !== null) expect(item.openKey).toBe(key);
    }
    const openKeys = items.flatMap((i) => (i.openKey ? [i.openKey] : []));
    expect(openKeys.length).toBeGreaterThan(0);
    expect(new Set(openKeys).size).toBe(openKeys.length);

    for (const a of accesses) {
      expect(a.activeKey).toBe(a.revokedAt === null ? activeAccessKey(demo.trustId, a.userId, a.productId, a.schoolId) : null);
      expect(a.revokedBy === null).toBe(a.revokedAt === null);
    }
    const activeKeys = accesses.flatMap((a) => (a.activeKey ? [a.activeKey] : []));
    expect(new Set(activeKeys).size).toBe(activeKeys.length);
    expect(accesses.some((a) => a.revokedAt !== null && a.invitationItemId !== null)).toBe(true);

    const userByEmail = new Map(users.map((u) => [u.email, u.id]));
    const held = new Set(activeKeys);
    for (const item of items.filter((i) => i.openKey !== null)) {
      const userId = userByEmail.get(byId.get(item.invitationId)!.email);
      if (userId) expect(held.has(activeAccessKey(demo.trustId, userId, item.productId, item.schoolId))).toBe(false);
    }
  });

  it("invites to school-level products only where the school subscribes", async () => {
    const { invitations, items } = await invitationData(db, demo.trustId);
    const subscriptions = await db.dataSource.getRepository(Subscription).findBy({ trustId: demo.trustId });
    const products = new Map((await db.dataSource.getRepository(Product).findBy({ trustId: demo.trustId })).map((p) => [p.id, p]));
    const byId = new Map(invitations.map((i) => [i.id, i]));
    const subscribed = (item: InvitationItem, at: Date) =>
      subscriptions.some((s) => s.productId === item.productId && s.schoolId === item.schoolId && isActive(s, at));
    for (const item of items) {
      const invitation = byId.get(item.invitationId)!;
      expect(item.schoolId === null).toBe(products.get(item.productId)!.level === ProductLevel.TRUST);
      if (item.schoolId !== null) expect(item.schoolId).toBe(invitation.schoolId);
      expect(subscribed(item, invitation.createdAt)).toBe(true);
      if (item.openKey !== null) expect(subscribed(item, REFERENCE_DATE)).toBe(true);
    }
  });

  it("tells each invitation's history in time order, from its making", async () => {
    const { invitations, events } = await invitationData(db, demo.trustId);
    const history = new Map<string, InvitationEvent[]>();
    for (const e of events) history.set(e.invitationId, [...(history.get(e.invitationId) ?? []), e]);
    const kinds = new Set(events.map((e) => e.kind));
    for (const kind of ["CREATED", "SCHEDULED", "SENT", "DELIVERY_FAILED", "RESENT", "ACCEPTED", "DECLINED", "CANCELLED", "EXPIRED"]) {
      expect(kinds).toContain(kind);
    }
    for (const i of invitations) {
      const steps = history.get(i.id)!;
      const times = steps.map((e) => e.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(times.length);
      expect(steps[0]).toMatchObject({ kind: (i.sendAt ?? i.createdAt) > i.createdAt ? "SCHEDULED" : "CREATED", actorLabel: i.invitedBy, at: i.createdAt });
      expect(times.at(-1)!).toBeLessThanOrEqual(REFERENCE_DATE.getTime());
      const last = steps.filter((e) => ["ACCEPTED", "DECLINED", "CANCELLED", "EXPIRED"].includes(e.kind)).at(-1);
      if (i.state !== InvitationState.PENDING && i.state !== InvitationState.SCHEDULED) expect(last?.kind).toBe(i.state);
      if (i.state === InvitationState.CANCELLED) expect(last?.actorLabel).toMatch(/@/);
      // The times steps refer to are dates of their own, as the invitation has them, never in the words.
      const scheduled = steps.find((e) => e.kind === "SCHEDULED");
      if (scheduled) expect(scheduled.date).toEqual(i.sendAt);
      const resent = steps.filter((e) => e.kind === "RESENT").at(-1);
      if (resent) expect(resent.date).toEqual(i.expiresAt);
      expect(steps.filter((e) => e.kind !== "SCHEDULED" && e.kind !== "RESENT").every((e) => e.date === null)).toBe(true);
      expect(steps.filter((e) => /\d{4}-\d\d-\d\d|UTC/.test(e.detail ?? ""))).toEqual([]);
    }
  });

  it("turns accepted items into accesses of accounts with the invitation's email", async () => {
    const { invitations, items, accesses, users } = await invitationData(db, demo.trustId);
    const itemsById = new Map(items.map((i) => [i.id, i]));
    const byId = new Map(invitations.map((i) => [i.id, i]));
    const emailOf = new Map(users.map((u) => [u.id, u.email]));
    const fromInvitations = accesses.filter((a) => a.invitationItemId !== null);
    expect(fromInvitations.length).toBeGreaterThan(100);
    for (const a of fromInvitations) {
      const item = itemsById.get(a.invitationItemId!)!;
      const invitation = byId.get(item.invitationId)!;
      expect([a.productId, a.roleId, a.schoolId, a.cohortId]).toEqual([item.productId, item.roleId, item.schoolId, item.cohortId]);
      expect(emailOf.get(a.userId)).toBe(invitation.email);
      // Accepted, or granted at once to an existing user when invited.
      if (invitation.state === InvitationState.ACCEPTED) expect([invitation.respondedAt, invitation.createdAt]).toContainEqual(a.grantedAt);
      else expect(a.grantedAt).toEqual(invitation.createdAt);
    }
    const granted = new Set(fromInvitations.map((a) => a.invitationItemId));
    const accepted = items.filter((i) => byId.get(i.invitationId)!.state === InvitationState.ACCEPTED);
    expect(accepted.every((i) => granted.has(i.id))).toBe(true);
  });

  it("keeps the outbox of the most recently emailed invitations, as their delivery says", async () => {
    const { invitations } = await invitationData(db, demo.trustId);
    const emails = await db.dataSource.getRepository(EmailMessage).find({ where: { trustId: demo.trustId }, order: { createdAt: "ASC" } });
    const byId = new Map(invitations.map((i) => [i.id, i]));
    expect(new Set(emails.map((e) => e.subjectId)).size).toBe(40);
    const statuses = [...new Set(emails.map((e) => e.status))];
    for (const status of ["SENT", "FAILED", "QUEUED"]) expect(statuses).toContain(status);
    expect(emails.filter((e) => e.status === "WITHDRAWN").every((e) => e.lastError?.startsWith("Not sent:"))).toBe(true);
    expect(new Set(emails.map((e) => e.kind))).toContain("invitation");
    const bodies = new Map<string, { html: string; text: string }>();
    for (const e of emails) {
      const invitation = byId.get(e.subjectId!)!;
      expect(e).toMatchObject({ subjectType: "Invitation", toEmail: invitation.email });
      const body = await renderStored({ kind: e.kind, data: e.data, html: e.html, text_body: e.textBody });
      bodies.set(e.id, body);
      expect(body.html).toContain("<html");
      expect(body.text.length).toBeGreaterThan(50);
      expect(e.status === "SENT").toBe(e.sentAt !== null);
      if (e.status === "SENT") expect(e.transport).toBe("mailbox");
    }
    for (const id of new Set(emails.map((e) => e.subjectId!))) {
      const invitation = byId.get(id)!;
      const latest = emails.filter((e) => e.subjectId === id && e.kind !== "cancelled").at(-1)!;
      if (invitation.state === InvitationState.CANCELLED) continue; // its waiting emails were withdrawn
      expect(latest.status).toBe(invitation.delivery);
      if (latest.kind !== "access-granted") {
        // The latest email carries the invitation's live link: its token is the one whose hash is stored.
        const token = /\/accept\/([A-Za-z0-9_-]+)/.exec(bodies.get(latest.id)!.html)?.[1];
        expect(token && hashToken(token)).toBe(invitation.tokenHash);
      }
    }
  });

  it("creates the demo trust admin and school admin with the demo password", async () => {
    const admins = await db.dataSource.getRepository(Admin).find({ where: { trustId: demo.trustId }, order: { email: "ASC" } });
    expect(admins.map((a) => [a.email, a.role, a.schoolId === null])).toEqual([
      ["admin@demo.lanyard.test", "TRUST_ADMIN", true],
      ["school.admin@demo.lanyard.test", "SCHOOL_ADMIN", false],
    ]);
    expect(demo.adminEmail).toBe(demoAdminEmail("demo"));
    expect(demoSchoolAdminEmail("north")).toBe("school.admin@north.lanyard.test");
    expect(await verifyPassword(admins[0]!.passwordHash, DEMO_ADMIN_PASSWORD)).toBe(true);
  });

  it("does nothing the second time for the same slug", async () => {
    const before = await countRows(db);
    const again = await seedTrust(db, { slug: "demo", size: "small" });
    expect(again).toMatchObject({ created: false, trustId: demo.trustId, adminEmail: "admin@demo.lanyard.test" });
    expect(await countRows(db)).toEqual(before);
  });

  it("seeds the same data, ids included, into another database", async () => {
    const other = await freshDatabase();
    const copy = await seedTrust(other, { slug: "demo", size: "small" });
    expect(copy.trustId).toBe(demo.trustId);
    expect(await projection(other, copy.trustId)).toEqual(await projection(db, demo.trustId));
    // …but for the accept links: no one can work a seeded link out from the code.
    const hashes = async (d: Database) => (await d.dataSource.getRepository(Invitation).find({ where: { trustId: demo.trustId }, order: { id: "ASC" } })).map((i) => i.tokenHash).filter((h) => h !== null);
    const [mine, theirs] = [await hashes(db), await hashes(other)];
    expect(mine.length).toBeGreaterThan(10);
    expect(theirs.filter((h, i) => h === mine[i])).toEqual([]);
  }, 60_000);

  it.skipIf(testDialect() !== "mariadb")("writes rows on MariaDB as TypeORM's parameters would be written", async () => {
    const data = buildSeed({
      slug: "sql-check",
      size: "small",
      takenUrns: new Set(),
      passwordHash: "x",
      accounts: new Map(),
      renderer: { subject: (kind) => `${kind} 'quoted' \\ subject\nline "two"` },
      publicUrl: "http://localhost:4000",
    });
    const mysql = (db.dataSource.driver as unknown as { mysql: { format(sql: string, values: unknown[], stringify: boolean, tz: string): string } }).mysql;
    let compared = 0;
    for (const t of seedTables(data)) {
      const metadata = db.dataSource.getMetadata(t.entity);
      const literal = mariadbLiterals(db.dataSource.manager, metadata);
      if (!literal) continue;
      const rows = [...t.rows].slice(0, 200);
      const [sql, parameters] = db.dataSource.createQueryBuilder().insert().into(t.entity).values(rows).getQueryAndParameters();
      expect(insertStatement(metadata, rows, literal)).toBe(mysql.format(sql, parameters, false, "Z"));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(8);

    // JSON columns (an audit entry's detail) are written as TypeORM writes them too.
    const audit = db.dataSource.getMetadata(AuditEvent);
    const entries = [
      { id: "a1", trustId: null, at: new Date(), actorType: "admin", actorId: null, actorLabel: "O'Brien \\ \"x\"", action: "X", subjectType: "S", subjectId: "s1", detail: { name: "Zoë's \"key\"\n", n: 1 } },
      { id: "a2", trustId: "t", at: new Date(), actorType: "system", actorId: "x", actorLabel: null, action: "Y", subjectType: null, subjectId: null, detail: null },
    ];
    const [auditSql, auditParameters] = db.dataSource.createQueryBuilder().insert().into(AuditEvent).values(entries).getQueryAndParameters();
    expect(insertStatement(audit, entries, mariadbLiterals(db.dataSource.manager, audit)!)).toBe(mysql.format(auditSql, auditParameters, false, "Z"));
  });

  it("adds an independent trust for another slug, with its own URNs", async () => {
    const progress: string[] = [];
    const north = await seedTrust(db, { slug: "north", size: "small", onProgress: (done, total, label) => progress.push(`${label}:${done}/${total}`) });
    expect(north.created).toBe(true);
    expect(north.trustId).not.toBe(demo.trustId);
    expect(north.adminEmail).toBe("admin@north.lanyard.test");
    expect(progress.at(-1)).toMatch(/^admins:(\d+)\/\1$/);

    const urns = async (trustId: string) =>
      new Set((await db.dataSource.getRepository(School).findBy({ trustId })).map((s) => s.urn));
    const [demoUrns, northUrns] = [await urns(demo.trustId), await urns(north.trustId)];
    expect(northUrns.size).toBe(12);
    expect([...northUrns].filter((u) => demoUrns.has(u))).toEqual([]);
    expect(await db.dataSource.getRepository(Staff).countBy({ trustId: north.trustId })).toBe(900);
    expect(await db.dataSource.getRepository(Staff).countBy({ trustId: demo.trustId })).toBe(900);
  }, 60_000);

  it("moves the story to the day it is seeded on, so nothing happened in the future", async () => {
    const now = new Date(REFERENCE_DATE.getTime() + 9 * DAY + 3 * HOUR);
    const later = await seedTrust(db, { slug: "later", size: "small", now });
    const { invitations } = await invitationData(db, later.trustId);
    const { invitations: original } = await invitationData(db, demo.trustId);
    const newest = (list: Invitation[]) => Math.max(...list.map((i) => i.createdAt.getTime()));
    expect(newest(invitations) - newest(original)).toBe(9 * DAY + 3 * HOUR);
    expect(newest(invitations)).toBeLessThanOrEqual(now.getTime());
    const pending = invitations.filter((i) => i.state === "PENDING");
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((i) => i.expiresAt > now)).toBe(true);
  }, 60_000);
});

async function invitationData(db: Database, trustId: string) {
  const ds = db.dataSource;
  return {
    invitations: await ds.getRepository(Invitation).findBy({ trustId }),
    items: await ds.getRepository(InvitationItem).findBy({ trustId }),
    events: await ds.getRepository(InvitationEvent).find({ where: { trustId }, order: { at: "ASC", id: "ASC" } }),
    accesses: await ds.getRepository(Access).findBy({ trustId }),
    users: await ds.getRepository(User).find(),
  };
}

function count(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
