// How an invitation's history names each kind of event. The server may add kinds; an
// unknown one is still shown, in words made from its code.

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
