import { ProductLevel } from "@lanyard/shared";
import type { Access } from "../../modules/access/access.entity.js";
import { activeAccessKey } from "../../modules/invitation/keys.js";
import { isActive, type Subscription } from "../../modules/subscription/subscription.entity.js";
import type { User } from "../../modules/user/user.entity.js";
import { demoAdminEmail } from "./admins.js";
import { addDays, addMinutes, REFERENCE_DATE, utc } from "./dates.js";
import type { SeededCatalogue } from "./products.js";
import { Random } from "./random.js";
import type { SeededSchool } from "./schools.js";
import type { JobGroup, SeededStaff } from "./staff.js";

interface Grant {
  product: string;
  role: string;
  cohort?: string;
}

/** What each kind of job is typically given, most likely first. */
const GRANTS: Record<JobGroup, readonly Grant[]> = {
  leader: [
    { product: "MIS", role: "senior-leader" },
    { product: "TRACK", role: "senior-leader" },
    { product: "SAFE", role: "senior-leader" },
    { product: "TT", role: "senior-leader" },
    { product: "HR", role: "manager" },
  ],
  send: [
    { product: "SAFE", role: "dsl", cohort: "DSL-AUT26" },
    { product: "TRACK", role: "senior-leader" },
    { product: "MIS", role: "senior-leader" },
  ],
  teacher: [
    { product: "MIS", role: "teacher" },
    { product: "TRACK", role: "teacher" },
    { product: "CPD", role: "teacher", cohort: "AUT26" },
    { product: "LIB", role: "teacher" },
    { product: "TT", role: "teacher" },
    { product: "SAFE", role: "teacher" },
  ],
  support: [
    { product: "MIS", role: "viewer" },
    { product: "SAFE", role: "teacher" },
    { product: "LIB", role: "viewer" },
    { product: "HR", role: "viewer" },
  ],
  office: [
    { product: "MIS", role: "admin" },
    { product: "LIB", role: "admin" },
    { product: "HR", role: "viewer" },
  ],
  business: [
    { product: "FIN", role: "budget-holder" },
    { product: "HR", role: "manager" },
    { product: "MIS", role: "viewer" },
  ],
  site: [
    { product: "HR", role: "viewer" },
    { product: "SAFE", role: "teacher" },
  ],
};
const FALLBACK: Grant = { product: "HR", role: "viewer" };

export interface SeededUsers {
  users: User[];
  accesses: Access[];
}

/**
 * Platform accounts for some roster staff (same email), each with one to three accesses
 * that respect subscription gating (rule 2); some accesses have since been revoked. The
 * first user is the first school's headteacher, with an access that is still active.
 */
export function buildUsers(input: {
  slug: string;
  trustId: string;
  count: number;
  schools: readonly SeededSchool[];
  staff: readonly SeededStaff[];
  catalogue: SeededCatalogue;
  subscriptions: readonly Subscription[];
  passwordHash: string;
}): SeededUsers {
  const random = Random.for(input.slug, "users");
  const active = new Set(
    input.subscriptions.filter((s) => isActive(s, REFERENCE_DATE)).map((s) => `${s.productId}/${s.schoolId ?? ""}`),
  );
  const rosters = new Map<string, SeededStaff[]>();
  for (const member of input.staff) {
    const roster = rosters.get(member.staff.schoolId) ?? [];
    roster.push(member);
    rosters.set(member.staff.schoolId, roster);
  }

  const users: User[] = [];
  const accesses: Access[] = [];
  const chosen = new Set<string>();
  for (let i = 0; i < input.count; i++) {
    const school = input.schools[i % input.schools.length]!.school;
    const roster = (rosters.get(school.id) ?? []).filter((m) => !chosen.has(m.staff.id));
    if (roster.length === 0) continue;
    const member = i === 0 ? roster[0]! : random.pick(roster);
    chosen.add(member.staff.id);

    const createdAt = random.between(utc("2025-09-08T08:00:00"), utc("2026-10-30T17:00:00"));
    const user: User = {
      id: random.id(createdAt),
      email: member.staff.email,
      firstName: member.staff.firstName,
      lastName: member.staff.lastName,
      passwordHash: input.passwordHash,
      createdAt,
    };
    users.push(user);

    const grants = GRANTS[member.group].filter(({ product }) => {
      const { product: row } = input.catalogue.product(product);
      return active.has(`${row.id}/${row.level === ProductLevel.TRUST ? "" : school.id}`);
    });
    const picked = i === 0 ? grants.slice(0, 2) : random.shuffle(grants).slice(0, random.int(1, 3));
    if (picked.length === 0) picked.push(FALLBACK);
    picked.forEach((grant, n) => {
      const { product } = input.catalogue.product(grant.product);
      const grantedAt = addMinutes(createdAt, n * random.int(1, 90 * 24 * 60));
      const revokable = !(i === 0 && n === 0) && addDays(grantedAt, 14) < addDays(REFERENCE_DATE, -1);
      const schoolId = product.level === ProductLevel.TRUST ? null : school.id;
      const revokedAt =
        revokable && random.chance(0.15) ? random.between(addDays(grantedAt, 14), addDays(REFERENCE_DATE, -1)) : null;
      accesses.push({
        id: random.id(grantedAt),
        trustId: input.trustId,
        userId: user.id,
        productId: product.id,
        roleId: input.catalogue.role(grant.product, grant.role).id,
        schoolId,
        cohortId: grant.cohort ? input.catalogue.cohort(grant.product, grant.cohort).id : null,
        grantedAt: grantedAt < REFERENCE_DATE ? grantedAt : createdAt,
        revokedAt,
        revokedBy: revokedAt ? demoAdminEmail(input.slug) : null,
        // Granted before invitations were tracked here (migrated from the schools' old systems).
        invitationItemId: null,
        activeKey: revokedAt ? null : activeAccessKey(input.trustId, user.id, product.id, schoolId),
      });
    });
  }
  return { users, accesses };
}

/**
 * Accounts are platform-wide: if one of these emails already has an account (say, from an
 * earlier seed of a trust since deleted), the accesses go to that account instead.
 */
export function adoptExistingAccounts(seeded: SeededUsers, existing: ReadonlyMap<string, string>): SeededUsers {
  if (existing.size === 0) return seeded;
  const accountFor = new Map(seeded.users.map((u) => [u.id, existing.get(u.email) ?? u.id]));
  return {
    users: seeded.users.filter((u) => !existing.has(u.email)),
    accesses: seeded.accesses.map((a) => {
      const userId = accountFor.get(a.userId) ?? a.userId;
      return { ...a, userId, activeKey: a.activeKey && activeAccessKey(a.trustId, userId, a.productId, a.schoolId) };
    }),
  };
}
