import { Acceptance, ProductLevel } from "@lanyard/shared";
import type { Cohort } from "../../modules/product/cohort.entity.js";
import type { ProductRole } from "../../modules/product/product-role.entity.js";
import type { Product } from "../../modules/product/product.entity.js";
import { DAY, HOUR, MINUTE, REFERENCE_DATE } from "./dates.js";
import type { InvitationWorld } from "./invitations.js";
import type { Outsider } from "./people.js";
import type { SeededSchool } from "./schools.js";
import { shareOut, type JobGroup } from "./staff.js";
import { trustDomain } from "./trust.js";

// What every pass of the invitations' simulation shares: lookups built once from the world,
// who is given which role, and on which days invitations are made.

export interface SeedProduct {
  index: number;
  row: Product;
  code: string;
  trustLevel: boolean;
  grantsExisting: boolean;
  roles: ReadonlyMap<string, ProductRole>;
  cohorts: readonly Cohort[];
}

export interface Prepared {
  world: InvitationWorld;
  trustId: string;
  expiry: number;
  ref: number;
  products: readonly SeedProduct[];
  schools: readonly SeededSchool[];
  schoolIndex: ReadonlyMap<string, number>;
  /** Subscription terms by (product, school + 1; 0 for the trust's own): [start, end) in ms. */
  terms: Float64Array;
  /** Roster staff fit for a role, at one school (`school/role`) or across the trust (`trust/role`). */
  rosters: ReadonlyMap<string, readonly number[]>;
  schoolWeights: readonly (readonly [number, number])[];
  trustAdmin: string;
  schoolAdmin: string | null;
  domain: string;
}

/** Who each role is given to: the kinds of job on the roster, and people on no roster. */
export const ROLE_PEOPLE: Record<string, { groups: readonly JobGroup[]; outsider: Outsider | null }> = {
  teacher: { groups: ["teacher", "support", "leader", "send"], outsider: "supply" },
  viewer: { groups: ["support", "office", "site", "business"], outsider: "governor" },
  "senior-leader": { groups: ["leader", "send"], outsider: null },
  admin: { groups: ["office", "business", "leader"], outsider: null },
  dsl: { groups: ["send", "leader"], outsider: null },
  mentor: { groups: ["teacher", "leader"], outsider: null },
  manager: { groups: ["leader", "business"], outsider: null },
  "budget-holder": { groups: ["business", "leader"], outsider: null },
};
export const SCHOOL_ROLES: readonly (readonly [string, number])[] = [
  ["teacher", 10], ["viewer", 4], ["senior-leader", 2], ["admin", 1], ["mentor", 0.8], ["dsl", 0.6],
];
export const TRUST_ROLES: readonly (readonly [string, number])[] = [["viewer", 6], ["manager", 2], ["budget-holder", 1.2], ["admin", 0.6]];
// Asked for more than given: some of a batch's products are already held or invited to (rule 4).
export const ITEMS_PER_INVITATION: readonly (readonly [number, number])[] = [[1, 0.62], [2, 0.28], [3, 0.1]];
/** An integration's API key name, as invitations it makes show who invited (DESIGN: integrators). */
export const API_KEY_NAME = "mis-sync";

export function prepare(world: InvitationWorld): Prepared {
  const { catalogue, schools } = world;
  const products = catalogue.products.map((row, index): SeedProduct => {
    const { spec } = catalogue.product(row.code);
    return {
      index,
      row,
      code: row.code,
      trustLevel: row.level === ProductLevel.TRUST,
      grantsExisting: row.acceptance === Acceptance.GRANT_EXISTING_USERS,
      roles: new Map(spec.roles.map((r) => [r.code, catalogue.role(row.code, r.code)])),
      cohorts: (spec.cohorts ?? []).map((c) => catalogue.cohort(row.code, c.code)).sort((a, b) => (a.startsAt?.getTime() ?? 0) - (b.startsAt?.getTime() ?? 0)),
    };
  });
  const schoolIndex = new Map(schools.map((s, i) => [s.school.id, i]));
  const productIndex = new Map(products.map((p) => [p.row.id, p.index]));
  const terms = new Float64Array(products.length * (schools.length + 1) * 2).fill(NaN);
  for (const s of world.subscriptions) {
    const slot = (productIndex.get(s.productId)! * (schools.length + 1) + (s.schoolId === null ? 0 : schoolIndex.get(s.schoolId)! + 1)) * 2;
    terms[slot] = s.startsAt.getTime();
    terms[slot + 1] = s.endsAt === null ? Infinity : s.endsAt.getTime();
  }

  const rosters = new Map<string, number[]>();
  const add = (key: string, person: number) => {
    const list = rosters.get(key);
    if (list) list.push(person);
    else rosters.set(key, [person]);
  };
  const sizes = new Array<number>(schools.length).fill(0);
  world.staff.forEach((member, person) => {
    const school = schoolIndex.get(member.staff.schoolId)!;
    sizes[school]!++;
    for (const [role, { groups }] of Object.entries(ROLE_PEOPLE)) {
      if (!groups.includes(member.group)) continue;
      add(`${school}/${role}`, person);
      add(`trust/${role}`, person);
    }
  });
  const admin = (role: string) => world.admins.find((a) => a.role === role);
  return {
    world,
    trustId: world.trust.id,
    expiry: world.trust.defaultInviteExpiryDays * DAY,
    ref: REFERENCE_DATE.getTime(),
    products,
    schools,
    schoolIndex,
    terms,
    rosters,
    schoolWeights: sizes.map((size, school) => [school, size] as const),
    trustAdmin: admin("TRUST_ADMIN")!.email,
    schoolAdmin: admin("SCHOOL_ADMIN")?.email ?? null,
    domain: trustDomain(world.slug),
  };
}

/** The days invitations are made, with how many each: busy in term time, quiet at weekends and in holidays. */
export function planDays(p: Prepared, count: number): { start: number; end: number; quota: number }[] {
  const { from } = p.world.profile;
  const first = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  // Ends before the small seed's showcase batches of this morning.
  const stop = p.ref - 3 * HOUR;
  const days: { start: number; end: number; weight: number }[] = [];
  for (let day = first; day < stop; day += DAY) {
    const start = Math.max(day + 7 * HOUR + 15 * MINUTE, from.getTime());
    const end = Math.min(day + 17 * HOUR + 45 * MINUTE, stop);
    if (end <= start) continue;
    const share = (end - start) / (10.5 * HOUR);
    const growth = p.world.profile.growth ? 0.6 + (0.8 * (day - first)) / (stop - first) : 1;
    days.push({ start, end, weight: dayWeight(new Date(day)) * share * growth });
  }
  const quotas = shareOut(count, days.map((d) => d.weight));
  return days.map((d, i) => ({ start: d.start, end: d.end, quota: quotas[i]! }));
}

function dayWeight(day: Date): number {
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) return 0.04;
  const month = day.getUTCMonth();
  const date = day.getUTCDate();
  if (month === 7) return date >= 20 ? 0.6 : 0.15; // summer holidays; INSET days at the end
  if ((month === 11 && date >= 20) || (month === 0 && date < 3)) return 0.08;
  if (month === 6 && date >= 23) return 0.2;
  if (month === 8) return 2.4; // September: new staff, new year
  if (month === 0 || month === 3) return 1.2; // a new term's starters
  return 1;
}

/** The next school day's 07:30 UTC after a time. */
export function nextMorning(after: number): number {
  let day = Date.UTC(new Date(after).getUTCFullYear(), new Date(after).getUTCMonth(), new Date(after).getUTCDate()) + DAY;
  while (new Date(day).getUTCDay() === 0 || new Date(day).getUTCDay() === 6) day += DAY;
  return day + 7 * HOUR + 30 * MINUTE;
}
