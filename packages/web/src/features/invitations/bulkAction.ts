import { MAX_BULK_INVITATIONS } from "@lanyard/shared";
import { plural } from "../../ui/format";

export type BulkActionKind = "resend" | "cancel";

interface Wording {
  verb: string;
  done: string;
  /** What happens to each invitation, said before it happens. */
  consequence: string;
  color: string;
}

export const BULK_ACTION: Record<BulkActionKind, Wording> = {
  resend: {
    verb: "Resend",
    done: "Resent",
    consequence:
      "Each person gets a fresh link by email and their old link stops working; the expiry starts again. Anyone who has already had 3 emails about an invitation in the last 24 hours is skipped.",
    color: "lanyard",
  },
  cancel: {
    verb: "Cancel",
    done: "Cancelled",
    consequence:
      "Their links stop working, and anyone who opens one is told it was cancelled. Access people already accepted is not affected.",
    color: "red",
  },
};

/**
 * Why a selection can't be acted on in one go (more than the server changes at once), or
 * null. Said before anyone confirms: the server would refuse it whole.
 */
export function tooManyToChange(kind: BulkActionKind, count: number): string | null {
  if (count <= MAX_BULK_INVITATIONS) return null;
  const most = MAX_BULK_INVITATIONS.toLocaleString("en-GB");
  return `That is more than ${most} invitations, and Lanyard changes at most ${most} at once. Narrow the filters (a school, a state, dates sent) and ${BULK_ACTION[kind].verb.toLowerCase()} each part.`;
}

/** "Resend 37 invitations?" */
export function confirmTitle(kind: BulkActionKind, count: number): string {
  return `${BULK_ACTION[kind].verb} ${plural(count, "invitation")}?`;
}

export interface BulkOutcome {
  title: string;
  /** Every problem the server reported, as it worded them. */
  messages: string[];
  color: "green" | "yellow" | "red";
}

/** What the notification says after the server answers. */
export function bulkOutcome(kind: BulkActionKind, payload: { count: number; errors: readonly { message: string }[] }): BulkOutcome {
  const messages = payload.errors.map((e) => e.message);
  const title =
    payload.count === 0
      ? `No invitations were ${BULK_ACTION[kind].done.toLowerCase()}`
      : `${BULK_ACTION[kind].done} ${plural(payload.count, "invitation")}`;
  const color = payload.count === 0 ? (messages.length > 0 ? "red" : "yellow") : messages.length > 0 ? "yellow" : "green";
  return { title, messages, color };
}
