import type { EmailItem } from "./email.types.js";

// Built once: creating an Intl formatter costs far more than using one.
const UK_DATE = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

/** "Thursday 10 December 2026", as the day falls in the UK (ICU adds a comma we don't want). */
export function formatUkDate(date: Date): string {
  const parts = UK_DATE.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("weekday")} ${get("day")} ${get("month")} ${get("year")}`;
}

/** "Management Information System — Teacher". */
export function describeAccess(item: EmailItem): string {
  return `${item.productName} — ${item.roleName}`;
}

/** "at Oakwood Primary", or "across the trust" for a trust-level product. */
export function describePlace(item: EmailItem): string {
  return item.schoolName === null ? "across the trust" : `at ${item.schoolName}`;
}

/** "A", "A and B", "A, B and C"; past `max` names, "A, B, C and 2 more". */
export function joinNames(names: readonly string[], max = 3): string {
  if (names.length > max) return `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The distinct products, in order, for subjects and headings. */
export function summariseProducts(items: readonly EmailItem[]): string {
  return joinNames([...new Set(items.map((item) => item.productName))]);
}
