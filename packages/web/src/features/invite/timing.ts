import dayjs from "dayjs";

/** The "when" step as the person set it; dates as Mantine's pickers give them (local "YYYY-MM-DD HH:mm:ss"). */
export interface Timing {
  mode: "now" | "schedule";
  sendAt: string | null;
  /** false: the trust's default expiry, counted from when the email goes out. */
  customExpiry: boolean;
  /** The last day the link works. */
  expiresOn: string | null;
}

export const DEFAULT_TIMING: Timing = { mode: "now", sendAt: null, customExpiry: false, expiresOn: null };

export interface ResolvedTiming {
  /** For inviteStaff: null means now. */
  sendAt: string | null;
  /** For inviteStaff: null leaves the server's default (now + the trust's days). */
  expiresAt: string | null;
  /** When the links stop working, to show. */
  effectiveExpiry: Date;
  /** What to fix before sending, or null. */
  problem: string | null;
}

/** Turns the person's choices into inviteStaff's sendAt/expiresAt, and says what's wrong with them. */
export function resolveTiming(timing: Timing, defaultDays: number, now: Date = new Date()): ResolvedTiming {
  const sendAt = timing.mode === "schedule" && timing.sendAt ? dayjs(timing.sendAt) : null;
  const goesOut = sendAt ?? dayjs(now);
  // A link works until the end of the chosen day, wherever in the day it was sent.
  const custom = timing.customExpiry && timing.expiresOn ? dayjs(timing.expiresOn).endOf("day") : null;
  // A scheduled invitation gets its full default period from the moment it is sent, not from today.
  const expiry = custom ?? goesOut.add(defaultDays, "day");

  let problem: string | null = null;
  if (timing.mode === "schedule" && !sendAt) problem = "Choose the date and time to send the invitations.";
  else if (sendAt && !sendAt.isAfter(now)) problem = "Choose a send time in the future, or notify now.";
  else if (timing.customExpiry && !custom) problem = "Choose the last day the links work, or use the default.";
  else if (!expiry.isAfter(goesOut)) problem = "The links would expire before the email goes out: choose a later day.";

  return {
    sendAt: sendAt ? sendAt.toISOString() : null,
    expiresAt: custom ? custom.toISOString() : sendAt ? expiry.toISOString() : null,
    effectiveExpiry: expiry.toDate(),
    problem,
  };
}
