// How an invitation's history names each kind of event. The server may add kinds; an
// unknown one is still shown, in words made from its code.
import { formatDateTime } from "../../ui/format";

const LABELS: Record<string, string> = {
  CREATED: "Invitation created",
  SCHEDULED: "Scheduled",
  SENT: "Email sent",
  DELIVERY_FAILED: "Delivery failed",
  RESENT: "Resent with a fresh link",
  REMINDER_SENT: "Reminder sent",
  ACCEPTED: "Accepted",
  GRANTED: "Access granted",
  DECLINED: "Declined",
  CANCELLED: "Cancelled",
  EXPIRED: "Expired",
};

export type EventTone = "neutral" | "good" | "bad" | "muted";

const TONES: Record<string, EventTone> = {
  ACCEPTED: "good",
  GRANTED: "good",
  DELIVERY_FAILED: "bad",
  DECLINED: "bad",
  CANCELLED: "muted",
  EXPIRED: "muted",
};

export function eventLabel(kind: string): string {
  const known = LABELS[kind];
  if (known) return known;
  const words = kind.toLowerCase().replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function eventTone(kind: string): EventTone {
  return TONES[kind] ?? "neutral";
}

// The invitee acts without an admin account, so the server leaves their events' actor empty.
const BY_INVITEE = new Set(["ACCEPTED", "DECLINED", "GRANTED"]);

/** "by admin@…", "by the invitee", or "automatically" (the worker, expiry, reminders). */
export function eventActor(event: { kind: string; actorEmail: string | null }): string {
  if (event.actorEmail) return `by ${event.actorEmail}`;
  return BY_INVITEE.has(event.kind) ? "by the invitee" : "automatically";
}

// The server sends the time a step refers to apart from its words, so it reads in the reader's zone and format.
const DATED: Record<string, (detail: string | null, when: string) => string> = {
  SCHEDULED: (_detail, when) => `to be emailed on ${when}`,
  RESENT: (detail, when) => `${detail ?? "a new link"}, expiring ${when}`,
};

/** "a new link, expiring 10 Dec 2026, 16:39": a step's words with its date, formatted like every other date. */
export function eventDetail(event: { kind: string; detail: string | null; date?: string | null }): string | null {
  if (!event.date) return event.detail;
  const when = formatDateTime(event.date);
  const dated = DATED[event.kind];
  if (dated) return dated(event.detail, when);
  return event.detail ? `${event.detail} (${when})` : when;
}
