import { activeAccessKey } from "../modules/invitation/keys.js";
import { Acceptance, AdminRole, ProductLevel } from "@lanyard/shared";
import type { EntityManager } from "typeorm";
import type { Database } from "../db/data-source.js";
import { newId } from "../db/id.js";
import { Access } from "../modules/access/access.entity.js";
import { Admin } from "../modules/auth/admin.entity.js";
import { ApiKeyService } from "../modules/auth/api-key.service.js";
import { hashPassword } from "../modules/auth/password.js";
import { Cohort } from "../modules/product/cohort.entity.js";
import { ProductRole } from "../modules/product/product-role.entity.js";
import { Product } from "../modules/product/product.entity.js";
import { School } from "../modules/school/school.entity.js";
import { Staff } from "../modules/staff/staff.entity.js";
import { Subscription } from "../modules/subscription/subscription.entity.js";
import { Trust } from "../modules/trust/trust.entity.js";
import { User } from "../modules/user/user.entity.js";

export const PASSWORD = "correct-horse-battery";

const DAY = 24 * 60 * 60 * 1000;
let urnCounter = Math.floor(Math.random() * 800_000) + 100_000;

export interface TrustFixture {
  trust: Trust;
  schools: School[];
  mis: Product;
  hr: Product;
  roles: Record<"misTeacher" | "misAdmin" | "hrViewer", ProductRole>;
  cohort: Cohort;
  staff: Staff[];
  member: User;
  outsider: User;
  trustAdmin: { email: string; password: string };
  schoolAdmin: { email: string; password: string; schoolId: string };
  apiKey: string;
  readOnlyKey: string;
}

async function insert<T extends object>(manager: EntityManager, entity: new () => T, rows: T[]) {
  if (rows.length) await manager.createQueryBuilder().insert().into(entity).values(rows as never[]).updateEntity(false).execute();
}

/**
 * A small trust built by hand: three schools, MIS (school-level, subscribed at the first two
 * only; the third's ended), HR (trust-level), staff at each school, admins and API keys.
 */
export async function buildTrust(db: Database, slug: string, options: { staffPerSchool?: number } = {}): Promise<TrustFixture> {
  const now = new Date();
  const staffPerSchool = options.staffPerSchool ?? 4;
  const passwordHash = await hashPassword(PASSWORD);
  const trust: Trust = { id: newId(), slug, name: `${slug} Learning Trust`, defaultInviteExpiryDays: 14, requiresSchoolApproval: false, reminderDays: [], createdAt: now };
  const schools: School[] = ["Ashby Primary Academy", "Brook Lane Academy", "Castle Hill School"].map((name, i) => ({
    id: newId(),
    trustId: trust.id,
    urn: String(urnCounter++),
    name: `${name} (${slug})`,
    postcode: `LS${i + 1} ${i + 2}AB`,
    localAuthority: "Leeds",
    phase: i === 2 ? "Secondary" : "Primary",
    createdAt: now,
  }));
  const product = (code: string, name: string, level: ProductLevel, acceptance: Acceptance): Product => ({
    id: newId(), trustId: trust.id, code, name, description: null, level, acceptance, createdAt: now,
  });
  const mis = product("MIS", "Management Information System", ProductLevel.SCHOOL, Acceptance.GRANT_EXISTING_USERS);
  const hr = product("HR", "HR and Payroll", ProductLevel.TRUST, Acceptance.REQUIRE_ACCEPTANCE);
  const role = (p: Product, code: string, name: string, position: number): ProductRole => ({
    id: newId(), productId: p.id, code, name, description: `${name} in ${p.name}`, accessSettings: [`${name} tasks`], position,
  });
  const roles = { misTeacher: role(mis, "teacher", "Teacher", 1), misAdmin: role(mis, "admin", "Administrator", 0), hrViewer: role(hr, "viewer", "Viewer", 0) };
  const cohort: Cohort = { id: newId(), productId: mis.id, code: "2026", name: "2026 rollout", startsAt: new Date(now.getTime() - 30 * DAY), endsAt: null };
  const subscription = (p: Product, school: School | null, startsAt: Date, endsAt: Date | null): Subscription => ({
    id: newId(), trustId: trust.id, productId: p.id, schoolId: school?.id ?? null, startsAt, endsAt, createdAt: now,
  });
  const subscriptions = [
    subscription(mis, schools[0]!, new Date(now.getTime() - 100 * DAY), null),
    subscription(mis, schools[1]!, new Date(now.getTime() - 100 * DAY), new Date(now.getTime() + 100 * DAY)),
    subscription(mis, schools[2]!, new Date(now.getTime() - 400 * DAY), new Date(now.getTime() - 10 * DAY)),
    subscription(hr, null, new Date(now.getTime() - 100 * DAY), null),
  ];
  const staff: Staff[] = schools.flatMap((school, s) =>
    Array.from({ length: staffPerSchool }, (_, i) => ({
      id: newId(),
      trustId: trust.id,
      schoolId: school.id,
      misId: `M${s}${String(i).padStart(4, "0")}`,
      firstName: ["Ada", "Ben", "Cara", "Dev", "Ewa", "Finn"][i % 6]!,
      lastName: `${["Lovelace", "Okafor", "Singh", "Patel", "Nowak", "Byrne"][i % 6]}${s}${i}`,
      email: `person${s}.${i}@${slug}.sch.uk`,
      jobTitle: "Class Teacher",
      createdAt: now,
      updatedAt: now,
    })),
  );
  const user = (email: string, firstName: string, lastName: string): User => ({ id: newId(), email, firstName, lastName, passwordHash, createdAt: now });
  const member = user(staff[0]!.email, staff[0]!.firstName, staff[0]!.lastName);
  const outsider = user(`outsider.${slug}@elsewhere.org`, "Olive", "Outsider");
  const access: Access = {
    id: newId(), trustId: trust.id, userId: member.id, productId: mis.id, roleId: roles.misTeacher.id, schoolId: schools[0]!.id, cohortId: null, grantedAt: now, revokedAt: null,
    revokedBy: null, invitationItemId: null, activeKey: activeAccessKey(trust.id, member.id, mis.id, schools[0]!.id),
  };
  const trustAdmin = { email: `admin@${slug}.test`, password: PASSWORD };
  const schoolAdmin = { email: `head@${slug}.test`, password: PASSWORD, schoolId: schools[0]!.id };
  const admins: Admin[] = [
    { id: newId(), trustId: trust.id, schoolId: null, email: trustAdmin.email, passwordHash, role: AdminRole.TRUST_ADMIN, createdAt: now, lastSignInAt: null },
    { id: newId(), trustId: trust.id, schoolId: schoolAdmin.schoolId, email: schoolAdmin.email, passwordHash, role: AdminRole.SCHOOL_ADMIN, createdAt: now, lastSignInAt: null },
  ];

  await db.dataSource.transaction(async (m) => {
    await insert(m, Trust, [trust]);
    await insert(m, School, schools);
    await insert(m, Product, [mis, hr]);
    await insert(m, ProductRole, Object.values(roles));
    await insert(m, Cohort, [cohort]);
    await insert(m, Subscription, subscriptions);
    await insert(m, Staff, staff);
    await insert(m, User, [member, outsider]);
    await insert(m, Access, [access]);
    await insert(m, Admin, admins);
  });
  const keys = new ApiKeyService(db.dataSource);
  const write = await keys.create(trust.id, { name: "MIS sync" }, null);
  const read = await keys.create(trust.id, { name: "Reports", readOnly: true }, null);
  if ("errors" in write || "errors" in read) throw new Error("fixture keys");
  return { trust, schools, mis, hr, roles, cohort, staff, member, outsider, trustAdmin, schoolAdmin, apiKey: write.secret, readOnlyKey: read.secret };
}
