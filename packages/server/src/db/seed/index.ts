import { In, Like, type EntityManager } from "typeorm";
import { Admin } from "../../modules/auth/admin.entity.js";
import { hashPassword } from "../../modules/auth/password.js";
import type { EmailRenderer } from "../../modules/email/email.renderer.js";
import { InvitationAcceptTally, InvitationDayTally, InvitationTally } from "../../modules/invitation/invitation-tally.entity.js";
import { recomputeTallies } from "../../modules/invitation/invitation-tally.js";
import { School } from "../../modules/school/school.entity.js";
import { Trust } from "../../modules/trust/trust.entity.js";
import { User } from "../../modules/user/user.entity.js";
import type { Database } from "../data-source.js";
import { DEMO_ADMIN_PASSWORD, demoAdminEmail } from "./admins.js";
import { SEED_PUBLIC_URL } from "./emails.js";
import { buildSeed, seedTables, type SeedSize } from "./plan.js";
import { trustDomain } from "./trust.js";
import { MINUTE, REFERENCE_DATE } from "./dates.js";
import { shiftDates, writeTables, type SeedTable } from "./write.js";

export { DEMO_ADMIN_PASSWORD, demoAdminEmail, demoSchoolAdminEmail } from "./admins.js";
export { SIZES, type SeedSize } from "./plan.js";

export interface SeedOptions {
  size: SeedSize;
  slug: string;
  onProgress?: (done: number, total: number, label: string) => void;
  /** The base of links in the seeded emails (PUBLIC_URL); http://localhost:4000 when absent. */
  publicUrl?: string;
  /**
   * "Today" for the demo story: every date moves by the distance from the seed's reference day
   * (to the minute), so the demo looks current whenever it is seeded. Absent: the reference day
   * itself, the same rows on every run.
   */
  now?: Date;
}

export interface SeedResult {
  trustId: string;
  /** False when a trust with this slug already existed: nothing was written. */
  created: boolean;
  adminEmail: string;
  adminPassword: string;
  /** Rows written per table (empty when nothing was created). */
  counts: Record<string, number>;
}

/**
 * Loads a deterministic demo trust: the same slug and size give the same rows, ids included
 * (only password hashes differ, being salted). Idempotent: an existing slug is left alone.
 * Everything is written in one transaction, in multi-row inserts.
 */
export async function seedTrust(db: Database, options: SeedOptions): Promise<SeedResult> {
  const { slug, size } = options;
  const outcome = (trustId: string, counts: Record<string, number> | null): SeedResult => ({
    trustId,
    created: counts !== null,
    adminEmail: demoAdminEmail(slug),
    adminPassword: DEMO_ADMIN_PASSWORD,
    counts: counts ?? {},
  });
  const before = await db.dataSource.getRepository(Trust).findOne({ select: { id: true }, where: { slug } });
  if (before) return outcome(before.id, null);
  // One hash for every seeded admin and user: argon2 is deliberately slow.
  const passwordHash = await hashPassword(DEMO_ADMIN_PASSWORD);
  const renderer = await emailRenderer();

  const seeded = await db.dataSource.transaction(async (manager) => {
    const again = await manager.getRepository(Trust).findOne({ select: { id: true }, where: { slug } });
    if (again) return { result: outcome(again.id, null), written: [] };

    const schools = await manager.getRepository(School).find({ select: { urn: true } });
    const data = buildSeed({
      slug,
      size,
      takenUrns: new Set(schools.map((s) => s.urn)),
      passwordHash,
      accounts: await existingAccounts(manager, slug),
      renderer,
      publicUrl: options.publicUrl ?? SEED_PUBLIC_URL,
    });

    const adminEmails = data.admins.map((a) => a.email);
    const clash = await manager.getRepository(Admin).findOne({ select: { email: true }, where: { email: In(adminEmails) } });
    if (clash) {
      throw new Error(
        `Seeding trust "${slug}" needs the sign-in ${clash.email}, which another trust already uses: delete that admin or seed another slug`,
      );
    }

    const shift = options.now ? Math.floor(options.now.getTime() / MINUTE) * MINUTE - REFERENCE_DATE.getTime() : 0;
    const tables = shiftDates(seedTables(data), shift);
    await writeTables(manager, db.dialect, tables, options.onProgress);
    // The rows went in directly, not through the write paths: their counts are made from them, in the same transaction.
    await recomputeTallies(manager, db.dialect, data.trust.id);
    return {
      result: outcome(data.trust.id, Object.fromEntries(tables.map((t) => [t.label, t.count]))),
      written: [...tables.map((t) => t.entity), InvitationTally, InvitationDayTally, InvitationAcceptTally],
    };
  });
  if (seeded.result.created) await refreshStatistics(db, seeded.written);
  return seeded.result;
}

/**
 * After a bulk load MariaDB's index statistics still describe the tables as they were: its
 * background refresh comes later. Until then the optimizer can pick a plan that reads a whole
 * index (an inviteStaff lookup of 500 accounts' accesses took 240–350 ms instead of under
 * 10 ms on the large seed), so the seed refreshes them itself once it has committed.
 */
async function refreshStatistics(db: Database, entities: readonly SeedTable["entity"][]): Promise<void> {
  if (db.dialect !== "mariadb") return;
  const names = [...new Set(entities.map((e) => db.dataSource.getMetadata(e).tableName))];
  await db.dataSource.query(`ANALYZE TABLE ${names.map((n) => `\`${n}\``).join(", ")}`);
}

/**
 * Accounts are platform-wide: every seeded person's email ends in the slug's domain, so if
 * some already have accounts (say, from an earlier seed of a trust since deleted), the seed
 * gives their accesses to those accounts instead of making them again.
 */
async function existingAccounts(manager: EntityManager, slug: string): Promise<Map<string, string>> {
  const domain = trustDomain(slug);
  const users = await manager.getRepository(User).find({
    select: { id: true, email: true },
    where: [{ email: Like(`%@${domain}`) }, { email: Like(`%.${domain}`) }],
  });
  return new Map(users.map((u) => [u.email, u.id]));
}

// The templates compile once per process; loaded on first use, as mjml is a large module.
let renderer: Promise<EmailRenderer> | null = null;
function emailRenderer(): Promise<EmailRenderer> {
  renderer ??= import("../../modules/email/email.renderer.js")
    .then(({ EmailRenderer }) => EmailRenderer.shared())
    .catch((error: unknown) => {
      renderer = null;
      throw error;
    });
  return renderer;
}
