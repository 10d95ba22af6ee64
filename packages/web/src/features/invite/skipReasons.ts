// The reasons inviteStaff gives for an item it didn't (or wouldn't) create, in words (rule 2: nothing silently).
const REASONS: Record<string, string> = {
  NO_SUBSCRIPTION: "No active subscription",
  ALREADY_INVITED: "Already invited",
  ALREADY_HAS_ACCESS: "Already has access",
  NOT_ALLOWED: "You can't invite to this",
  UNKNOWN_ROLE: "The product has no such role",
};

const DETAILS: Record<string, string> = {
  NO_SUBSCRIPTION: "The school doesn't subscribe to this product now, so access can't be granted there.",
  ALREADY_INVITED: "They hold an open invitation to this product at this school; resend it from Invitations instead.",
  ALREADY_HAS_ACCESS: "They can already use this product here.",
  NOT_ALLOWED: "It's outside the schools or products your account may invite to.",
  UNKNOWN_ROLE: "Choose a role this product has.",
};

/** A short label for a skip reason code; an unknown code is shown as it came. */
export function skipReasonLabel(reason: string): string {
  return REASONS[reason] ?? reason;
}

export function skipReasonDetail(reason: string): string | null {
  return DETAILS[reason] ?? null;
}
