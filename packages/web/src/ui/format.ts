import dayjs from "dayjs";

/** "1 Sep 2025": unambiguous for UK readers and compact in tables. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  return dayjs(iso).format("D MMM YYYY");
}

export function formatDateRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start && !end) return "No dates set";
  if (!end) return `From ${formatDate(start)}, no end date`;
  if (!start) return `Until ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

/** "1 Sep 2025, 14:05": for moments in a history, where the time of day matters. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  return dayjs(iso).format("D MMM YYYY, HH:mm");
}

/** "Ana Lopez", or just the part that is known; "" when an invitation names nobody (only an email). */
export function fullName(person: { firstName?: string | null; lastName?: string | null }): string {
  return [person.firstName, person.lastName].filter(Boolean).join(" ");
}
