// The full-page message for a link that can't be used, one per status (rule 6: say clearly what happened, and who to ask).

export type LinkStatus = "EXPIRED" | "CANCELLED" | "ALREADY_USED" | "DECLINED" | "INVALID_TOKEN" | "RATE_LIMITED";

interface Copy {
  title: string;
  /** Shown when the server gives no message of its own. */
  fallback: string;
  color: string;
  /** What to do next. */
  hint: (who: string) => string;
}

const COPY: Record<LinkStatus, Copy> = {
  EXPIRED: {
    title: "This invitation has expired",
    fallback: "Invitation links only work for a limited time, and this one has run out.",
    color: "orange",
    hint: (who) => `Ask ${who} to send it again: you'll get a fresh link by email.`,
  },
  CANCELLED: {
    title: "This invitation was cancelled",
    fallback: "Whoever sent it withdrew it, so the link no longer works.",
    color: "gray",
    hint: (who) => `If you think you should have access, ask ${who}.`,
  },
  ALREADY_USED: {
    title: "This invitation has already been used",
    fallback: "Each link works once, and this one has been accepted.",
    color: "lanyard",
    hint: (who) => `If that was you, you're all set. If it wasn't, tell ${who}.`,
  },
  DECLINED: {
    title: "This invitation was declined",
    fallback: "Nothing more will happen with it.",
    color: "gray",
    hint: (who) => `Changed your mind? Ask ${who} for a new invitation.`,
  },
  RATE_LIMITED: {
    title: "Please wait a moment",
    fallback: "Too many links were tried from here just now.",
    color: "orange",
    hint: () => "Wait a minute, then try again.",
  },
  INVALID_TOKEN: {
    title: "This link doesn't work",
    fallback: "It may have been copied only in part, or replaced by a newer email.",
    color: "red",
    hint: (who) => `Open the link from your most recent invitation email. If it still doesn't work, ask ${who} to send it again.`,
  },
};

export function linkStatusCopy(status: string): Copy {
  return COPY[status as LinkStatus] ?? COPY.INVALID_TOKEN;
}

/** "Sam Ward at Oak Learning Trust", as much as is known. */
export function whoToAsk(invitedBy: string | null | undefined, trustName: string | null | undefined): string {
  if (invitedBy && trustName) return `${invitedBy} at ${trustName}`;
  if (invitedBy) return invitedBy;
  if (trustName) return `your contact at ${trustName}`;
  return "the person who invited you";
}
