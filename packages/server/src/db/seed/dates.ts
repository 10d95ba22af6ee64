// Every seeded date is fixed, so the data is the same on every run. They are chosen around
// the academic years 2025/26 and 2026/27, so subscriptions are active on the reference date.

/** The day the seed's data describes ("today" in the demo story). */
export const REFERENCE_DATE = utc("2026-11-26T12:00:00");

export const TRUST_CREATED = utc("2025-07-01T08:30:00");
/** The first overnight roster sync from the schools' MIS. */
export const FIRST_ROSTER_SYNC = utc("2025-08-28T02:00:00");
export const LAST_ROSTER_SYNC = utc("2026-11-25T02:00:00");

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function utc(isoWithoutZone: string): Date {
  return new Date(`${isoWithoutZone.includes("T") ? isoWithoutZone : `${isoWithoutZone}T00:00:00`}Z`);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}
