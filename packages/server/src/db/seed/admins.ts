import { AdminRole, normaliseEmail } from "@lanyard/shared";
import type { Admin } from "../../modules/auth/admin.entity.js";
import { addMinutes, TRUST_CREATED } from "./dates.js";
import { Random } from "./random.js";
import type { SeededSchool } from "./schools.js";
import { trustDomain } from "./trust.js";

/** The demo sign-in's password: printed by `pnpm start` and written in the README. */
export const DEMO_ADMIN_PASSWORD = "lanyard-demo-2026";

export function demoAdminEmail(slug: string): string {
  return normaliseEmail(`admin@${trustDomain(slug)}`);
}

export function demoSchoolAdminEmail(slug: string): string {
  return normaliseEmail(`school.admin@${trustDomain(slug)}`);
}

/** A trust admin, and a school admin for the first school, both with the demo password. */
export function buildAdmins(input: {
  slug: string;
  trustId: string;
  firstSchool: SeededSchool | undefined;
  passwordHash: string;
}): Admin[] {
  const random = Random.for(input.slug, "admins");
  const createdAt = addMinutes(TRUST_CREATED, 1);
  const admin = (email: string, role: AdminRole, schoolId: string | null): Admin => ({
    id: random.id(createdAt),
    trustId: input.trustId,
    schoolId,
    email,
    passwordHash: input.passwordHash,
    role,
    createdAt,
    lastSignInAt: null,
  });
  const admins = [admin(demoAdminEmail(input.slug), AdminRole.TRUST_ADMIN, null)];
  if (input.firstSchool) {
    admins.push(admin(demoSchoolAdminEmail(input.slug), AdminRole.SCHOOL_ADMIN, input.firstSchool.school.id));
  }
  return admins;
}
