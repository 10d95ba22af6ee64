import { randomBytes } from "node:crypto";
import { Access } from "../../modules/access/access.entity.js";
import { Admin } from "../../modules/auth/admin.entity.js";
import { EmailMessage } from "../../modules/email/email-message.entity.js";
import type { EmailRenderer } from "../../modules/email/email.renderer.js";
import { InvitationEvent } from "../../modules/invitation/invitation-event.entity.js";
import { InvitationItem } from "../../modules/invitation/invitation-item.entity.js";
import { Invitation } from "../../modules/invitation/invitation.entity.js";
import { Cohort } from "../../modules/product/cohort.entity.js";
import { ProductRole } from "../../modules/product/product-role.entity.js";
import { Product } from "../../modules/product/product.entity.js";
import { School } from "../../modules/school/school.entity.js";
import { Staff } from "../../modules/staff/staff.entity.js";
import { Subscription } from "../../modules/subscription/subscription.entity.js";
import { Trust } from "../../modules/trust/trust.entity.js";
import { User } from "../../modules/user/user.entity.js";
import { buildAdmins } from "./admins.js";
import { buildEmails } from "./emails.js";
import {
  buildInvitations,
  LARGE_INVITATIONS,
  SMALL_INVITATIONS,
  type InvitationProfile,
  type SeededInvitations,
} from "./invitations.js";
import { buildCatalogue, type SeededCatalogue } from "./products.js";
import { buildSchools, type SeededSchool } from "./schools.js";
import { buildStaff, type SeededStaff } from "./staff.js";
import { buildSubscriptions } from "./subscriptions.js";
import { buildTrust, type SeededTrust } from "./trust.js";
import { adoptExistingAccounts, buildUsers, type SeededUsers } from "./users.js";
import { concat, streamed, table, type SeedTable } from "./write.js";

export type SeedSize = "small" | "large";

export const SIZES: Record<SeedSize, { schools: number; staff: number; users: number; invitations: InvitationProfile }> = {
  small: { schools: 12, staff: 900, users: 25, invitations: SMALL_INVITATIONS },
  large: { schools: 100, staff: 20_000, users: 500, invitations: LARGE_INVITATIONS },
};

/** Up to this many invitations are built in memory; more are made as they are written, table by table. */
const IN_MEMORY_INVITATIONS = 20_000;

/** Everything one seeded trust holds, built in memory before anything is written. */
export interface SeedData extends SeededTrust {
  schools: SeededSchool[];
  catalogue: SeededCatalogue;
  subscriptions: Subscription[];
  staff: SeededStaff[];
  users: SeededUsers;
  admins: Admin[];
  invitations: SeededInvitations;
  emails: EmailMessage[];
}

/**
 * The seed's steps, in order: each builds its rows from the slug's own random streams and
 * what earlier steps made. A new step adds a builder here and its tables below.
 */
export function buildSeed(input: {
  slug: string;
  size: SeedSize;
  takenUrns: ReadonlySet<string>;
  passwordHash: string;
  /** Platform accounts that already have seeded people's emails (a trust of this slug seeded before, then deleted): reused. */
  accounts: ReadonlyMap<string, string>;
  /** Renders the outbox's emails (the EmailRenderer: its templates compile asynchronously, once). */
  renderer: Pick<EmailRenderer, "subject">;
  /** The base of links in the seeded emails. */
  publicUrl: string;
  /** The key the accept links are made with; each seeding draws its own unless given one. */
  tokenKey?: Buffer;
}): SeedData {
  const { slug, passwordHash, accounts } = input;
  const tokenKey = input.tokenKey ?? randomBytes(32);
  const size = SIZES[input.size];
  const { trust, region } = buildTrust(slug);
  const trustId = trust.id;
  const schools = buildSchools({ slug, trustId, region, count: size.schools, takenUrns: input.takenUrns });
  const catalogue = buildCatalogue(slug, trustId);
  const subscriptions = buildSubscriptions({ slug, trustId, catalogue, schools });
  const staff = buildStaff({ slug, trustId, schools, total: size.staff });
  const users = adoptExistingAccounts(
    buildUsers({ slug, trustId, count: size.users, schools, staff, catalogue, subscriptions, passwordHash }),
    accounts,
  );
  const admins = buildAdmins({ slug, trustId, firstSchool: schools[0], passwordHash });
  const profile = size.invitations;
  const invitations = buildInvitations(
    { slug, trust, schools, catalogue, subscriptions, staff, users, admins, passwordHash, tokenKey, accounts, profile },
    { materialise: profile.count <= IN_MEMORY_INVITATIONS },
  );
  const emails = buildEmails({
    slug,
    trust,
    catalogue,
    schools,
    recent: invitations.recent,
    renderer: input.renderer,
    publicUrl: input.publicUrl,
  });
  return { trust, region, schools, catalogue, subscriptions, staff, users, admins, invitations, emails };
}

/** The rows to insert, parents before children. */
export function seedTables(data: SeedData): SeedTable[] {
  const { invitations: inv } = data;
  const { counts } = inv;
  return [
    table("trusts", Trust, [data.trust]),
    table("schools", School, data.schools.map((s) => s.school)),
    table("products", Product, data.catalogue.products),
    table("productRoles", ProductRole, data.catalogue.roles),
    table("cohorts", Cohort, data.catalogue.cohorts),
    table("subscriptions", Subscription, data.subscriptions),
    table("staff", Staff, data.staff.map((s) => s.staff)),
    streamed("users", User, data.users.users.length + counts.users, concat(data.users.users, inv.users)),
    streamed("invitations", Invitation, counts.invitations, inv.invitations),
    streamed("invitationItems", InvitationItem, counts.items, inv.items),
    streamed("invitationEvents", InvitationEvent, counts.events, inv.events),
    streamed("accesses", Access, data.users.accesses.length + counts.accesses, concat(data.users.accesses, inv.accesses)),
    table("emailMessages", EmailMessage, data.emails),
    table("admins", Admin, data.admins),
  ];
}
