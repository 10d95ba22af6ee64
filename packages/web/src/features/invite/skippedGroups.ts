export interface SkippedItemLike {
  email: string;
  productId: string;
  schoolId: string | null;
  reason: string;
}

export interface SkippedGroup {
  reason: string;
  productId: string;
  schoolId: string | null;
  /** Each person once, in the order the server listed them. */
  emails: string[];
}

/**
 * One row per (reason, product, school) rather than per person: a bulk invite to 300 people at a school
 * without a subscription is one thing to read, not 300.
 */
export function groupSkipped(items: readonly SkippedItemLike[]): SkippedGroup[] {
  const groups = new Map<string, SkippedGroup>();
  for (const item of items) {
    const key = `${item.reason}\u0000${item.productId}\u0000${item.schoolId ?? ""}`;
    const group = groups.get(key) ?? { reason: item.reason, productId: item.productId, schoolId: item.schoolId, emails: [] };
    if (!group.emails.includes(item.email)) group.emails.push(item.email);
    groups.set(key, group);
  }
  return [...groups.values()];
}
