// Rule 2: school-level access only where the school has an active subscription to the product.

interface SchoolSubscriptions {
  subscriptions: readonly { active: boolean; product: { id: string } }[];
}

interface NamedProduct {
  id: string;
  name: string;
}

export interface SchoolEligibility {
  /** At least one chosen product can be granted here. */
  eligible: boolean;
  /** Chosen products the school subscribes to now. */
  subscribed: NamedProduct[];
  /** Chosen products it doesn't: those items would be skipped here. */
  missing: NamedProduct[];
  /** Why it can't be ticked, or what would be skipped; null when every product can be granted. */
  note: string | null;
}

/** Which of the chosen school-level products can be granted at this school, and what to say about the rest. */
export function schoolEligibility(school: SchoolSubscriptions, products: readonly NamedProduct[]): SchoolEligibility {
  const active = new Set(school.subscriptions.filter((s) => s.active).map((s) => s.product.id));
  const subscribed = products.filter((p) => active.has(p.id));
  const missing = products.filter((p) => !active.has(p.id));
  const names = listNames(missing.map((p) => p.name));
  const note =
    missing.length === 0
      ? null
      : subscribed.length === 0
        ? `No active ${names} subscription`
        : `No active ${names} subscription: ${missing.length === 1 ? "it is" : "they are"} skipped here`;
  return { eligible: subscribed.length > 0, subscribed, missing, note };
}

/** "A", "A or B", "A, B or C". */
function listNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

/** The ids of every school where something can be granted. */
export function eligibleSchoolIds<S extends SchoolSubscriptions & { id: string }>(
  schools: readonly S[],
  products: readonly NamedProduct[],
): string[] {
  return schools.filter((s) => schoolEligibility(s, products).eligible).map((s) => s.id);
}
