import { plural } from "../../ui/format";
import type { InviteDraft } from "./draft";
import type { ParsedEmails } from "./emailList";
import { commonRoles } from "./roles";

export type StepKey = "products" | "people" | "schools" | "review" | "when";

/** The wizard's steps; trust-level products only have no schools to choose. */
export function wizardSteps(withSchools: boolean): StepKey[] {
  return withSchools ? ["products", "people", "schools", "review", "when"] : ["products", "people", "review", "when"];
}

interface ProductLike {
  id: string;
  name: string;
  roles: readonly { code: string; name: string; description: string | null }[];
}

/** What still stops the person leaving the products step, in words; null when nothing does. */
export function productStepProblem(draft: InviteDraft, chosen: readonly ProductLike[]): string | null {
  if (chosen.length === 0) return "Choose at least one product.";
  if (commonRoles(chosen).length === 0) return "These products share no role: invite to them separately.";
  if (!draft.roleCode) return "Choose a role.";
  return null;
}

export function peopleStepProblem(draft: InviteDraft, pasted: ParsedEmails): string | null {
  if (pasted.problems.length > 0) {
    return `Fix or remove ${plural(pasted.problems.length, "pasted entry", "pasted entries")} that ${pasted.problems.length === 1 ? "isn't an email address" : "aren't email addresses"}.`;
  }
  if (draft.staff.length === 0 && pasted.emails.length === 0) return "Choose people from the roster or paste their emails.";
  return null;
}

export function schoolStepProblem(draft: InviteDraft): string | null {
  return draft.schoolIds.length === 0 ? "Choose at least one school." : null;
}

/** How many people the draft names: roster picks plus pasted addresses not already picked. */
export function peopleCount(draft: InviteDraft, pasted: ParsedEmails): number {
  const picked = new Set(draft.staff.map((s) => s.email.toLowerCase()));
  return draft.staff.length + pasted.emails.filter((e) => !picked.has(e)).length;
}
