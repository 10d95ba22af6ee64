import "reflect-metadata";
import { Acceptance, ProductLevel } from "@lanyard/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Access } from "../../modules/access/access.entity.js";
import { Admin } from "../../modules/auth/admin.entity.js";
import { verifyPassword } from "../../modules/auth/password.js";
import { Cohort } from "../../modules/product/cohort.entity.js";
import { ProductRole } from "../../modules/product/product-role.entity.js";
import { Product } from "../../modules/product/product.entity.js";
import { School } from "../../modules/school/school.entity.js";
import { Staff } from "../../modules/staff/staff.entity.js";
import { isActive, Subscription } from "../../modules/subscription/subscription.entity.js";
import { Trust } from "../../modules/trust/trust.entity.js";
import { User } from "../../modules/user/user.entity.js";
import { createTestDatabase } from "../../test/database.js";
import { migrate, openDatabase, type Database } from "../data-source.js";
import { REFERENCE_DATE } from "./dates.js";
import { DEMO_ADMIN_PASSWORD, demoAdminEmail, demoSchoolAdminEmail, seedTrust, type SeedResult } from "./index.js";

// Runs on the dialect of the vitest project (MariaDB or SQLite), a fresh database each time.
const opened: { db: Database; drop: () => Promise<void> }[] = [];

async function freshDatabase(): Promise<Database> {
  const { config, drop } = await createTestDatabase();
  const db = await openDatabase(config);
  opened.push({ db, drop });
  await migrate(db);
  return db;
}

/** What the demo looks like, without volatile columns (password hashes are salted). */
async function projection(db: Database, trustId: string) {
  const ds = db.dataSource;
  const schools = await ds.getRepository(School).find({ where: { trustId }, order: { urn: "ASC" } });
  const staff = await ds.getRepository(Staff).find({ where: { trustId }, order: { email: "ASC" } });
  const products = await ds.getRepository(Product).find({ where: { trustId }, order: { code: "ASC" } });
  const subscriptions = await ds.getRepository(Subscription).find({ where: { trustId }, order: { id: "ASC" } });
  const accesses = await ds.getRepository(Access).find({ where: { trustId }, order: { id: "ASC" } });
  return {
    schools: schools.map((s) => [s.id, s.urn, s.name, s.postcode, s.localAuthority, s.phase]),
    staff: staff.map((s) => [s.id, s.schoolId, s.misId, s.email, s.jobTitle, s.createdAt.toISOString()]),
    products: products.map((p) => [p.id, p.code, p.acceptance]),
    subscriptions: subscriptions.map((s) => [s.productId, s.schoolId, s.startsAt.toISOString(), s.endsAt?.toISOString()]),
    accesses: accesses.map((a) => [a.userId, a.productId, a.roleId, a.schoolId, a.revokedAt?.toISOString()]),
  };
}

function countRows(db: Database) {
  const ds = db.dataSource;
  return Promise.all(
    [Trust, School, Product, ProductRole, Cohort, Subscription, Staff, User, Access, Admin].map((e) =>
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
    expect(users.length).toBeGreaterThanOrEqual(20);
    expect(users.length).toBeLessThanOrEqual(30);
    const staffEmails = new Set((await db.dataSource.getRepository(Staff).findBy({ trustId: demo.trustId })).map((s) => s.email));
    expect(users.every((u) => staffEmails.has(u.email))).toBe(true);

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
  }, 60_000);

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
});
