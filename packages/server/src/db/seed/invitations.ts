import type { Access } from "../../modules/access/access.entity.js";
import type { Admin } from "../../modules/auth/admin.entity.js";
import type { EmailStatus, EmailTransportName } from "../../modules/email/email-message.entity.js";
import type { EmailKind } from "../../modules/email/email.types.js";
import type { InvitationEvent } from "../../modules/invitation/invitation-event.entity.js";
import type { InvitationItem } from "../../modules/invitation/invitation-item.entity.js";
import type { Invitation } from "../../modules/invitation/invitation.entity.js";
import type { Subscription } from "../../modules/subscription/subscription.entity.js";
import type { Trust } from "../../modules/trust/trust.entity.js";
import type { User } from "../../modules/user/user.entity.js";
import { DAY, REFERENCE_DATE, utc } from "./dates.js";
import { Simulation, type Hashes } from "./invitation-life.js";
import { prepare } from "./invitation-world.js";
import type { SeededCatalogue } from "./products.js";
import type { SeededSchool } from "./schools.js";
import type { SeededStaff } from "./staff.js";
import type { SeededUsers } from "./users.js";

/** How many invitations a seed makes, over which days, and how they tend to turn out. */
export interface InvitationProfile {
  count: number;
  /** Invitations are made from this time until the reference date. */
  from: Date;
  /** People in one bulk invitation, with weights. */
  batchSizes: readonly (readonly [number, number])[];
  /** Share of bulk invitations to trust-level products (the rest are a school's). */
  trustLevel: number;
  /** Later invitations outnumber early ones (the trust taking Lanyard up across its schools). */
  growth: boolean;
  /** Chance that an invitation's emails bounce. */
  failure: number;
  /** Chance that someone answers the first email, and a reminder. */
  respond: number;
  respondToReminder: number;
  /** Of those who answer, the share who accept. */
  accept: number;
  /** Chances that an admin cancels, or resends, an invitation nobody answered. */
  cancel: number;
  resend: number;
  /** Chance that an access granted is revoked later. */
  revoke: number;
  /** Makes sure of every state and delivery state, whatever the slug (the small seed's promise). */
  showcase: boolean;
}

export const SMALL_INVITATIONS: InvitationProfile = {
  count: 300,
  from: new Date(REFERENCE_DATE.getTime() - 90 * DAY),
  batchSizes: [[1, 5], [2, 2], [3, 1.5], [5, 1], [8, 0.5], [12, 0.3]],
  trustLevel: 0.15,
  growth: true,
  failure: 0.04,
  respond: 0.75,
  respondToReminder: 0.5,
  accept: 0.88,
  cancel: 0.08,
  resend: 0.3,
  revoke: 0.08,
  showcase: true,
};

/** Two academic years of a hundred schools: from the trust's first September to the reference date. */
export const LARGE_INVITATIONS: InvitationProfile = {
  count: 1_000_000,
  from: utc("2025-09-01T07:00:00"),
  batchSizes: [[1, 4], [3, 2], [6, 2], [12, 1.5], [25, 1], [50, 0.5]],
  // Everyone gets HR once; most of a million invitations are for the schools' products.
  trustLevel: 0.04,
  growth: true,
  failure: 0.012,
  respond: 0.58,
  respondToReminder: 0.4,
  accept: 0.88,
  cancel: 0.05,
  resend: 0.15,
  revoke: 0.1,
  showcase: false,
};

/** What one seeded trust's invitations are made from. */
export interface InvitationWorld {
  slug: string;
  trust: Trust;
  schools: readonly SeededSchool[];
  catalogue: SeededCatalogue;
  subscriptions: readonly Subscription[];
  staff: readonly SeededStaff[];
  /** Roster staff's accounts and accesses from before (after adopting existing accounts). */
  users: SeededUsers;
  admins: readonly Admin[];
  passwordHash: string;
  /**
   * Makes the accept links from the seed's stream. The stream gives the same demo every time and
   * anyone can run it, so links made from it alone could be worked out from the code; with a key
   * of each seeding's own, every pass of one seeding makes the same links and no other does.
   */
  tokenKey: Buffer;
  /** Platform accounts that already exist, by email: acceptors with one sign in to it. */
  accounts: ReadonlyMap<string, string>;
  profile: InvitationProfile;
}

/** One email an invitation caused, as the outbox holds it; rendered only for those seeded. */
export interface PlannedEmail {
  kind: EmailKind;
  createdAt: number;
  nextAttemptAt: number;
  status: EmailStatus;
  attempts: number;
  lastError: string | null;
  transport: EmailTransportName | null;
  sentAt: number | null;
  /** The accept link's token at the time (none for access granted and cancelled). */
  token: string | null;
  expiresAt: number;
}

/** One invitation and everything that happened to it. */
export interface InvitationBundle {
  invitation: Invitation;
  items: InvitationItem[];
  events: InvitationEvent[];
  accesses: Access[];
  /** The account its acceptor registered, if they had none. */
  user: User | null;
  emails: PlannedEmail[];
}

export interface SeededInvitations {
  counts: { users: number; invitations: number; items: number; events: number; accesses: number };
  users: Iterable<User>;
  invitations: Iterable<Invitation>;
  items: Iterable<InvitationItem>;
  events: Iterable<InvitationEvent>;
  accesses: Iterable<Access>;
  /** The invitations most recently emailed (oldest first): the outbox keeps their emails. */
  recent: InvitationBundle[];
}

/** The outbox keeps the emails of this many invitations. */
const RECENT = 40;

/**
 * The invitations, from the first day of the profile to the reference date, made in bulk
 * as admins do, each lived through to today: sent (or bounced), reminded, answered,
 * cancelled or expired, with its history, emails, and the accesses and accounts that
 * accepting made. Small: rows in memory. Large: `materialise: false` gives rows that are
 * made again, deterministically, each time a table is read, so memory stays bounded.
 */
export function buildInvitations(world: InvitationWorld, options: { materialise: boolean }): SeededInvitations {
  const prepared = prepare(world);
  const counts = { users: 0, invitations: 0, items: 0, events: 0, accesses: 0 };
  const recent: { lastEmail: number; bundle: InvitationBundle }[] = [];
  const kept = { users: [] as User[], invitations: [] as Invitation[], items: [] as InvitationItem[], events: [] as InvitationEvent[], accesses: [] as Access[] };
  const hashes = { tokens: options.materialise, openKeys: options.materialise, activeKeys: options.materialise };
  for (const bundle of new Simulation(prepared, hashes).run()) {
    counts.invitations++;
    counts.items += bundle.items.length;
    counts.events += bundle.events.length;
    counts.accesses += bundle.accesses.length;
    if (bundle.user) counts.users++;
    keepRecent(recent, bundle);
    if (options.materialise) {
      if (bundle.user) kept.users.push(bundle.user);
      kept.invitations.push(bundle.invitation);
      kept.items.push(...bundle.items);
      kept.events.push(...bundle.events);
      kept.accesses.push(...bundle.accesses);
    }
  }
  const recentBundles = recent.map((r) => r.bundle);
  if (options.materialise) return { counts, ...kept, recent: recentBundles };

  // Each table's pass hashes only what that table holds: SHA-256 is much of a pass's cost.
  const none = { tokens: false, openKeys: false, activeKeys: false };
  const replay = <T>(hash: Partial<Hashes>, pick: (bundle: InvitationBundle) => Iterable<T>): Iterable<T> => ({
    *[Symbol.iterator]() {
      for (const bundle of new Simulation(prepared, { ...none, ...hash }).run()) yield* pick(bundle);
    },
  });
  return {
    counts,
    users: replay({}, (b) => (b.user ? [b.user] : [])),
    invitations: replay({ tokens: true }, (b) => [b.invitation]),
    items: replay({ openKeys: true }, (b) => b.items),
    events: replay({}, (b) => b.events),
    accesses: replay({ activeKeys: true }, (b) => b.accesses),
    recent: recentBundles,
  };
}

function keepRecent(recent: { lastEmail: number; bundle: InvitationBundle }[], bundle: InvitationBundle): void {
  const lastEmail = Math.max(...bundle.emails.map((e) => e.createdAt));
  if (recent.length === RECENT && lastEmail <= recent[0]!.lastEmail) return;
  let at = recent.length;
  while (at > 0 && recent[at - 1]!.lastEmail > lastEmail) at--;
  recent.splice(at, 0, { lastEmail, bundle });
  if (recent.length > RECENT) recent.shift();
}
