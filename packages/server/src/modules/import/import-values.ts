// How a cell's text becomes a value, the same for every import kind.

/** `YYYY-MM-DD HH:MM[:SS]` (UTC), as Lanyard's files write it. */
const SPREADSHEET_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
/** ISO-8601 with an offset: 2027-01-31T17:00:00Z, 2027-01-31T17:00:00+01:00. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An expiry as a file writes it: UTC `YYYY-MM-DD HH:MM:SS`, ISO-8601 (with an offset, or
 * none for UTC), or a bare date, meaning the end of that day (23:59:59 UTC). Null: not a time.
 */
export function parseTime(text: string): Date | null {
  const value = text.trim();
  let match = SPREADSHEET_TIME.exec(value);
  if (match) {
    const [, y, mo, d, h, mi, s, ms] = match;
    return checked(+y!, +mo!, +d!, +h!, +mi!, s ? +s : 0, ms ? +ms.padEnd(3, "0") : 0);
  }
  if (ISO_WITH_OFFSET.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  match = DATE_ONLY.exec(value);
  if (match) return checked(+match[1]!, +match[2]!, +match[3]!, 23, 59, 59, 0);
  return null;
}

/** A UTC time from its parts, or null when a part is out of range (the 31st of February). */
function checked(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): Date | null {
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  const same = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && date.getUTCHours() === h && date.getUTCMinutes() === mi && date.getUTCSeconds() === s;
  return same ? date : null;
}

/** A time as an export writes it: `YYYY-MM-DD HH:MM:SS` UTC. */
export const fileTime = (date: Date) => date.toISOString().slice(0, 19).replace("T", " ");
