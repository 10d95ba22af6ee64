import { ProductLevel } from "@lanyard/shared";
import type { Subscription } from "../../modules/subscription/subscription.entity.js";
import { addDays, addMinutes, TRUST_CREATED, utc } from "./dates.js";
import type { SeededCatalogue } from "./products.js";
import { Random } from "./random.js";
import type { SeededSchool } from "./schools.js";

type Term = readonly [startsAt: string, endsAt: string | null];

// Contracts follow the academic year; all of these are active on the reference date.
const ACTIVE_TERMS: readonly (readonly [Term, number])[] = [
  [["2025-09-01", "2027-08-31"], 5],
  [["2024-09-01", "2027-08-31"], 2],
  [["2025-09-01", null], 2],
  [["2026-01-05", "2028-08-31"], 1],
];
const TRUST_TERMS: Record<string, Term> = {
  HR: ["2025-09-01", "2028-08-31"],
  FIN: ["2025-04-01", null],
};
/** A school that let its library subscription lapse at the end of the last academic year. */
const ENDED: { school: number; product: string; term: Term } = {
  school: 1, product: "LIB", term: ["2023-09-01", "2026-07-31"],
};
/** A school that has signed up for CPD from the spring term. */
const FUTURE: { school: number; product: string; term: Term } = {
  school: 2, product: "CPD", term: ["2027-01-04", "2027-08-31"],
};

/**
 * The trust's own subscriptions to trust-level products, and school subscriptions with gaps
 * (uptake by phase), one that has ended and one that has not started, so that subscription
 * gating (rule 2) has something to skip. The first school (the demo school admin's) takes
 * every product its phase uses.
 */
export function buildSubscriptions(input: {
  slug: string;
  trustId: string;
  catalogue: SeededCatalogue;
  schools: readonly SeededSchool[];
}): Subscription[] {
  const random = Random.for(input.slug, "subscriptions");
  const rows: Subscription[] = [];
  const add = (productId: string, schoolId: string | null, [startsAt, endsAt]: Term) => {
    const starts = utc(startsAt);
    const proposed = addDays(starts, -21);
    const createdAt = proposed > TRUST_CREATED ? proposed : addMinutes(TRUST_CREATED, 20);
    rows.push({
      id: random.id(createdAt),
      trustId: input.trustId,
      productId,
      schoolId,
      startsAt: starts,
      endsAt: endsAt === null ? null : utc(endsAt),
      createdAt,
    });
  };

  for (const product of input.catalogue.products) {
    if (product.level !== ProductLevel.TRUST) continue;
    add(product.id, null, TRUST_TERMS[product.code] ?? ["2025-09-01", null]);
  }

  input.schools.forEach(({ school, phase }, index) => {
    for (const product of input.catalogue.products) {
      if (product.level !== ProductLevel.SCHOOL) continue;
      const uptake = input.catalogue.product(product.code).spec.uptake?.[phase] ?? 0;
      if (index === ENDED.school && product.code === ENDED.product) add(product.id, school.id, ENDED.term);
      else if (index === FUTURE.school && product.code === FUTURE.product) add(product.id, school.id, FUTURE.term);
      else if (index === 0 ? uptake >= 0.5 : random.chance(uptake)) add(product.id, school.id, random.weighted(ACTIVE_TERMS));
    }
  });
  return rows;
}
