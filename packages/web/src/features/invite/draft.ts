import type { InviteStaffInput } from "../../gql/graphql";
import { commonRoles } from "./roles";
import { DEFAULT_TIMING, type Timing } from "./timing";

/** A roster person the admin ticked; kept whole so the choice survives paging and filtering. */
export interface PickedStaff {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  school: { id: string; name: string };
}

/** Everything the wizard has been told so far. */
export interface InviteDraft {
  productIds: string[];
  roleCode: string | null;
  /** productId → cohort, for products that have cohorts. */
  cohortIds: Record<string, string | null>;
  staff: PickedStaff[];
  emailText: string;
  schoolIds: string[];
  timing: Timing;
}

export function emptyDraft(ownSchoolId: string | null = null): InviteDraft {
  return {
    productIds: [],
    roleCode: null,
    cohortIds: {},
    staff: [],
    emailText: "",
    // A school admin invites to their own school only (rule 1): fixed from the start.
    schoolIds: ownSchoolId ? [ownSchoolId] : [],
    timing: DEFAULT_TIMING,
  };
}

interface ProductLike {
  id: string;
  name: string;
  level: string;
  roles: readonly { code: string; name: string; description: string | null }[];
}

/** The chosen products, in the order they were chosen (the first one filters the roster). */
export function chosenProducts<P extends { id: string }>(draft: InviteDraft, products: readonly P[]): P[] {
  return draft.productIds.flatMap((id) => products.filter((p) => p.id === id));
}

export function needsSchools(products: readonly { level: string }[]): boolean {
  return products.some((p) => p.level === "SCHOOL");
}

/** A new product choice: a role the products no longer share, and cohorts of dropped products, are forgotten. */
export function withProducts(draft: InviteDraft, productIds: string[], products: readonly ProductLike[]): InviteDraft {
  const chosen = productIds.flatMap((id) => products.filter((p) => p.id === id));
  const codes = commonRoles(chosen).map((r) => r.code);
  const cohortIds = Object.fromEntries(Object.entries(draft.cohortIds).filter(([id]) => productIds.includes(id)));
  return { ...draft, productIds, cohortIds, roleCode: draft.roleCode && codes.includes(draft.roleCode) ? draft.roleCode : null };
}

/** Adds or removes people; `on` says which. */
export function withStaff(draft: InviteDraft, people: readonly PickedStaff[], on: boolean): InviteDraft {
  const ids = new Set(people.map((p) => p.id));
  const rest = draft.staff.filter((p) => !ids.has(p.id));
  return { ...draft, staff: on ? [...rest, ...people] : rest };
}

/** inviteStaff's input, minus dryRun/returnLinks. Every school-level product goes to the same schools. */
export function toInviteInput(
  draft: InviteDraft,
  products: readonly ProductLike[],
  emails: readonly string[],
  timing: { sendAt: string | null; expiresAt: string | null },
): InviteStaffInput {
  return {
    roleCode: draft.roleCode ?? "",
    items: chosenProducts(draft, products).map((p) => ({
      productId: p.id,
      ...(p.level === "SCHOOL" ? { schoolIds: draft.schoolIds } : {}),
      ...(draft.cohortIds[p.id] ? { cohortId: draft.cohortIds[p.id] } : {}),
    })),
    ...(draft.staff.length > 0 ? { staffIds: draft.staff.map((s) => s.id) } : {}),
    ...(emails.length > 0 ? { emails: [...emails] } : {}),
    ...(timing.sendAt ? { sendAt: timing.sendAt } : {}),
    ...(timing.expiresAt ? { expiresAt: timing.expiresAt } : {}),
  };
}
