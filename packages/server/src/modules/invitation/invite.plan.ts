// What an inviteStaff request turns into, decided in memory from facts loaded in sets:
// pure, so each rule reads plainly here and the service only loads and writes.
import { Acceptance, ProductLevel } from "@lanyard/shared";

export type SkipReason = "NO_SUBSCRIPTION" | "ALREADY_INVITED" | "ALREADY_HAS_ACCESS" | "NOT_ALLOWED" | "UNKNOWN_ROLE";

export interface PlanPerson {
  email: string;
  firstName: string | null;
  lastName: string | null;
  staffId: string | null;
  /** The school whose roster they are on; null for people invited by email only. */
  rosterSchoolId: string | null;
  userId: string | null;
  /** Holds an active access in this trust: an existing user of this trust (rule 5). */
  member: boolean;
}

export interface PlanProduct {
  productId: string;
  /** null when the product isn't the caller's trust's: every item of it is NOT_ALLOWED. */
  level: ProductLevel | null;
  acceptance: Acceptance;
  /** The product's role with the request's role code; null: UNKNOWN_ROLE (rule 3). */
  roleId: string | null;
  /** The schools asked for (school-level), deduplicated, in request order. */
  schoolIds: string[];
  cohortId: string | null;
}

export interface PlanFacts {
  /** Rule 1: whether the caller may invite this person to a product at this school (null: trust-level). */
  mayInvite(person: PlanPerson, schoolId: string | null): boolean;
  schoolInTrust(schoolId: string): boolean;
  /** An active subscription: at the school, or the trust's own for a trust-level product (rule 2). */
  subscribed(productId: string, schoolId: string | null): boolean;
  hasAccess(userId: string, productId: string, schoolId: string | null): boolean;
  isInvited(email: string, productId: string, schoolId: string | null): boolean;
}

export interface PlannedItem {
  productId: string;
  roleId: string;
  schoolId: string | null;
  cohortId: string | null;
  /** An existing user of the trust and a product that grants at once: the access is created now (rule 5). */
  grantNow: boolean;
}

export interface PlannedInvitation {
  person: PlanPerson;
  items: PlannedItem[];
  /** The school the invitation is listed under. */
  schoolId: string | null;
  /** Its own expiry (an import's row); absent: the request's. */
  expiresAt?: Date;
}

export interface Skip {
  email: string;
  productId: string;
  schoolId: string | null;
  reason: SkipReason;
}

export interface InvitePlan {
  invitations: PlannedInvitation[];
  skipped: Skip[];
}

/** One invitation per person carrying all their items; every item not created is in `skipped` with its reason (rule 2). */
export function planInvitations(people: PlanPerson[], products: PlanProduct[], facts: PlanFacts): InvitePlan {
  const invitations: PlannedInvitation[] = [];
  const skipped: Skip[] = [];
  for (const person of people) {
    const items: PlannedItem[] = [];
    for (const product of products) {
      const places = product.level === ProductLevel.SCHOOL ? product.schoolIds : [null];
      for (const schoolId of places) {
        const reason = skipReason(person, product, schoolId, facts);
        if (reason) {
          skipped.push({ email: person.email, productId: product.productId, schoolId, reason });
          continue;
        }
        items.push({
          productId: product.productId,
          roleId: product.roleId!,
          schoolId,
          cohortId: product.cohortId,
          grantNow: person.member && person.userId !== null && product.acceptance === Acceptance.GRANT_EXISTING_USERS,
        });
      }
    }
    if (items.length) invitations.push({ person, items, schoolId: listedSchool(person, items) });
  }
  return { invitations, skipped };
}

function skipReason(person: PlanPerson, product: PlanProduct, schoolId: string | null, facts: PlanFacts): SkipReason | null {
  if (product.level === null) return "NOT_ALLOWED";
  if (schoolId !== null && !facts.schoolInTrust(schoolId)) return "NOT_ALLOWED";
  if (!facts.mayInvite(person, schoolId)) return "NOT_ALLOWED";
  if (product.roleId === null) return "UNKNOWN_ROLE";
  if (!facts.subscribed(product.productId, schoolId)) return "NO_SUBSCRIPTION";
  if (person.userId && facts.hasAccess(person.userId, product.productId, schoolId)) return "ALREADY_HAS_ACCESS";
  if (facts.isInvited(person.email, product.productId, schoolId)) return "ALREADY_INVITED";
  return null;
}

/** The school of its school-level items; the person's own school when those span several. */
function listedSchool(person: PlanPerson, items: PlannedItem[]): string | null {
  const schools = [...new Set(items.map((i) => i.schoolId).filter((s): s is string => s !== null))];
  if (schools.length === 1) return schools[0]!;
  if (person.rosterSchoolId && (schools.length === 0 || schools.includes(person.rosterSchoolId))) return person.rosterSchoolId;
  return schools[0] ?? null;
}
