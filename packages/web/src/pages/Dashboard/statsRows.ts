// The Dashboard's numbers as graph rows, and where each bar leads: pure, so each rule is tested alone.
import { INVITATION_STATES, STATE_LABEL } from "../../features/invitations/invitationState";
import type { InvitationCriteria } from "../../features/invitations/invitationFilters";
import type { InvitationState } from "../../gql/graphql";
import type { TimeStep } from "./dashboardFilters";

const DAY_MS = 86_400_000;
/** The time graph's reach back from its last day: 30 days, or 26 weeks. */
export const DAYS_SHOWN = 30;
export const WEEKS_SHOWN = 26;

/** A calendar day as the server counts them: YYYY-MM-DD in UTC. */
export type Day = string;

export function utcDay(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** The Monday of a day's week (weeks start on Monday in the UK). */
export function weekStart(day: Day): Day {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

export interface TimeWindow {
  from: Day;
  to: Day;
}

/**
 * The days the time graph covers: the last 30 days (or 26 whole weeks) up to today, or up to the
 * "sent to" filter when that is earlier, and from the "sent from" filter when that is later. Null
 * when the sent dates lie wholly in the future: nothing can have been sent yet.
 */
export function timeWindow(criteria: Pick<InvitationCriteria, "sentFrom" | "sentTo">, by: TimeStep, today: Day): TimeWindow | null {
  const to = criteria.sentTo && criteria.sentTo < today ? criteria.sentTo : today;
  const reach = by === "day" ? addDays(to, -(DAYS_SHOWN - 1)) : addDays(weekStart(to), -7 * (WEEKS_SHOWN - 1));
  const from = criteria.sentFrom && criteria.sentFrom > reach ? criteria.sentFrom : reach;
  return from <= to ? { from, to } : null;
}

/** The window as invitationStats' `from` and `to`: its first and last days whole, in UTC as the server counts days. */
export function windowArgs(window: TimeWindow): { from: string; to: string } {
  return { from: `${window.from}T00:00:00.000Z`, to: `${window.to}T23:59:59.999Z` };
}

export interface TimeRow {
  [key: string]: string | number;
  /** The day, or the Monday that starts the week. */
  key: Day;
  sent: number;
  accepted: number;
}

/** One row per day (or week) of the window, those without any activity included as zeros, oldest first. */
export function timeRows(byDay: readonly { day: string; sent: number; accepted: number }[], window: TimeWindow, by: TimeStep): TimeRow[] {
  const rows = new Map<Day, TimeRow>();
  const first = by === "day" ? window.from : weekStart(window.from);
  for (let key = first; key <= window.to; key = addDays(key, by === "day" ? 1 : 7)) rows.set(key, { key, sent: 0, accepted: 0 });
  for (const { day, sent, accepted } of byDay) {
    if (day < window.from || day > window.to) continue;
    const row = rows.get(by === "day" ? day : weekStart(day));
    if (!row) continue;
    row.sent += sent;
    row.accepted += accepted;
  }
  return [...rows.values()];
}

/**
 * A day's (or week's) bar leads to the invitations sent then: a week is cut to the window and to
 * the sent dates already filtered, so the list holds no invitation the graph didn't count.
 */
export function sentRange(key: Day, by: TimeStep, window: TimeWindow): { sentFrom: Day; sentTo: Day } {
  if (by === "day") return { sentFrom: key, sentTo: key };
  const end = addDays(key, 6);
  return { sentFrom: key < window.from ? window.from : key, sentTo: end > window.to ? window.to : end };
}

export interface StateRow {
  [key: string]: string | number;
  state: InvitationState;
  label: string;
  count: number;
}

/** Every state in the order an invitation lives through them, those with none as zero. */
export function stateRows(byState: readonly { state: InvitationState; count: number }[]): StateRow[] {
  return INVITATION_STATES.map((state) => ({
    state,
    label: STATE_LABEL[state],
    count: byState.filter((s) => s.state === state).reduce((sum, s) => sum + s.count, 0),
  }));
}

export const OTHER_STATES: readonly InvitationState[] = INVITATION_STATES.filter((s) => s !== "ACCEPTED" && s !== "PENDING");

export interface BreakdownRow {
  [key: string]: string | number;
  id: string;
  name: string;
  total: number;
  accepted: number;
  pending: number;
  /** Neither accepted nor pending: scheduled, declined, cancelled or expired. */
  other: number;
}

/** Schools or products, most invitations first (then by name), each split into accepted, pending and the rest. */
export function breakdownRows(
  counts: readonly { total: number; accepted: number; pending: number; of: { id: string; name: string } }[],
): BreakdownRow[] {
  return counts
    .map(({ total, accepted, pending, of }) => ({
      id: of.id,
      name: of.name,
      total,
      accepted,
      pending,
      other: Math.max(0, total - accepted - pending),
    }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "en-GB"));
}

export type BreakdownSeries = "accepted" | "pending" | "other";

/**
 * The states a segment of a school's or product's bar stands for, within the states already filtered:
 * "other" is every state but accepted and pending. Null when there is no segment to narrow to.
 */
export function segmentStates(series: string | undefined, filtered: readonly InvitationState[]): InvitationState[] | null {
  if (series === undefined || series === "total") return null;
  const within = (states: readonly InvitationState[]) => states.filter((s) => filtered.length === 0 || filtered.includes(s));
  if (series === "accepted") return within(["ACCEPTED"]);
  if (series === "pending") return within(["PENDING"]);
  if (series === "other") return within(OTHER_STATES);
  return null;
}

export interface Headline {
  invited: number;
  accepted: number;
  pending: number;
  /** 0–1, as the server defines it: accepted / everything but scheduled and cancelled. */
  acceptanceRate: number;
  medianHoursToAccept: number | null;
}

export function headline(stats: {
  total: number;
  byState: readonly { state: InvitationState; count: number }[];
  acceptanceRate: number;
  medianHoursToAccept?: number | null;
}): Headline {
  const count = (state: InvitationState) => stats.byState.filter((s) => s.state === state).reduce((sum, s) => sum + s.count, 0);
  return {
    invited: stats.total,
    accepted: count("ACCEPTED"),
    pending: count("PENDING"),
    acceptanceRate: stats.acceptanceRate,
    medianHoursToAccept: stats.medianHoursToAccept ?? null,
  };
}

/** "48.3%": one decimal, enough to see a week's change without false precision. */
export function formatRate(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toLocaleString("en-GB")}%`;
}

/** "about 26 hours", "about 3 days": a median is a rough figure. */
export function formatHours(hours: number): string {
  if (hours < 1) return "under an hour";
  if (hours < 48) {
    const h = Math.round(hours);
    return `about ${h} ${h === 1 ? "hour" : "hours"}`;
  }
  return `about ${Math.round(hours / 24)} days`;
}

/** "3 Dec 2026": a UTC day as the graphs and their tables name it. */
export function formatDay(day: Day): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** The pending invitations that lapse within the next 7 days: those whose link still works now and stops by then. */
export const EXPIRING_DAYS = 7;

export function expiringRange(now: Date): { expiresFrom: string; expiresTo: string } {
  return { expiresFrom: now.toISOString(), expiresTo: new Date(now.getTime() + EXPIRING_DAYS * DAY_MS).toISOString() };
}
