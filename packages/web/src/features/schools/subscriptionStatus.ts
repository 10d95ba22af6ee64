export type SubscriptionStatus = "active" | "upcoming" | "ended";

interface SubscriptionDates {
  active: boolean;
  startsAt: string;
}

/** The server decides `active`; a not-yet-active subscription is "upcoming" if it starts later, else "ended". */
export function subscriptionStatus(s: SubscriptionDates, now: Date = new Date()): SubscriptionStatus {
  if (s.active) return "active";
  return new Date(s.startsAt).getTime() > now.getTime() ? "upcoming" : "ended";
}

export const STATUS_LABEL: Record<SubscriptionStatus, string> = {
  active: "Active",
  upcoming: "Upcoming",
  ended: "Ended",
};

export const STATUS_COLOR: Record<SubscriptionStatus, string> = {
  active: "green",
  upcoming: "blue",
  ended: "gray",
};

const ORDER: Record<SubscriptionStatus, number> = { active: 0, upcoming: 1, ended: 2 };

/** Active first, then upcoming, then ended; by product name within each. */
export function sortSubscriptions<T extends SubscriptionDates & { product: { name: string } }>(
  subscriptions: readonly T[],
  now: Date = new Date(),
): T[] {
  return [...subscriptions].sort(
    (a, b) =>
      ORDER[subscriptionStatus(a, now)] - ORDER[subscriptionStatus(b, now)] ||
      a.product.name.localeCompare(b.product.name),
  );
}
