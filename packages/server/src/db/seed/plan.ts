import { Access } from "../../modules/access/access.entity.js";
import { Admin } from "../../modules/auth/admin.entity.js";
import { Cohort } from "../../modules/product/cohort.entity.js";
import { ProductRole } from "../../modules/product/product-role.entity.js";
import { Product } from "../../modules/product/product.entity.js";
import { School } from "../../modules/school/school.entity.js";
import { Staff } from "../../modules/staff/staff.entity.js";
import { Subscription } from "../../modules/subscription/subscription.entity.js";
import { Trust } from "../../modules/trust/trust.entity.js";
import { User } from "../../modules/user/user.entity.js";
import { buildAdmins } from "./admins.js";
import { buildCatalogue, type SeededCatalogue } from "./products.js";
import { buildSchools, type SeededSchool } from "./schools.js";
import { buildStaff, type SeededStaff } from "./staff.js";
import { buildSubscriptions } from "./subscriptions.js";
import { buildTrust, type SeededTrust } from "./trust.js";
import { buildUsers, type SeededUsers } from "./users.js";
import { table, type SeedTable } from "./write.js";

export type SeedSize = "small" | "large";

export const SIZES: Record<SeedSize, { schools: number; staff: number; users: number }> = {
  small: { schools: 12, staff: 900, users: 25 },
  large: { schools: 100, staff: 20_000, users: 500 },
};

/** Everything one seeded trust holds, built in memory before anything is written. */
export interface SeedData extends SeededTrust {
  schools: SeededSchool[];
  catalogue: SeededCatalogue;
  subscriptions: Subscription[];
  staff: SeededStaff[];
  users: SeededUsers;
  admins: Admin[];
}

/**
 * The seed's steps, in order: each builds its rows from the slug's own random streams and
 * what earlier steps made. A new step (invitations) adds a builder here and its tables below.
 */
export function buildSeed(input: {
  slug: string;
  size: SeedSize;
  takenUrns: ReadonlySet<string>;
  passwordHash: string;
}): SeedData {
  const { slug, passwordHash } = input;
  const size = SIZES[input.size];
  const { trust, region } = buildTrust(slug);
  const trustId = trust.id;
  const schools = buildSchools({ slug, trustId, region, count: size.schools, takenUrns: input.takenUrns });
  const catalogue = buildCatalogue(slug, trustId);
  const subscriptions = buildSubscriptions({ slug, trustId, catalogue, schools });
  const staff = buildStaff({ slug, trustId, schools, total: size.staff });
  const users = buildUsers({ slug, trustId, count: size.users, schools, staff, catalogue, subscriptions, passwordHash });
  const admins = buildAdmins({ slug, trustId, firstSchool: schools[0], passwordHash });
  return { trust, region, schools, catalogue, subscriptions, staff, users, admins };
}

/** The rows to insert, parents before children. */
export function seedTables(data: SeedData): SeedTable[] {
  return [
    table("trusts", Trust, [data.trust]),
    table("schools", School, data.schools.map((s) => s.school)),
    table("products", Product, data.catalogue.products),
    table("productRoles", ProductRole, data.catalogue.roles),
    table("cohorts", Cohort, data.catalogue.cohorts),
    table("subscriptions", Subscription, data.subscriptions),
    table("staff", Staff, data.staff.map((s) => s.staff)),
    table("users", User, data.users.users),
    table("accesses", Access, data.users.accesses),
    table("admins", Admin, data.admins),
  ];
}
