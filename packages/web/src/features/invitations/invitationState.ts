import type { DeliveryState, InvitationState } from "../../gql/graphql";

/** In the order an invitation lives through them. */
export const INVITATION_STATES: readonly InvitationState[] = [
  "SCHEDULED",
  "PENDING",
  "ACCEPTED",
  "DECLINED",
  "CANCELLED",
  "EXPIRED",
];

export const DELIVERY_STATES: readonly DeliveryState[] = ["QUEUED", "SENT", "FAILED"];

export const STATE_LABEL: Record<InvitationState, string> = {
  SCHEDULED: "Scheduled",
  PENDING: "Pending",
  ACCEPTED: "Accepted",
  DECLINED: "Declined",
  CANCELLED: "Cancelled",
  EXPIRED: "Expired",
};

// Open ones in cool colours, outcomes in their usual meanings; cancelled fades out.
export const STATE_COLOR: Record<InvitationState, string> = {
  SCHEDULED: "violet",
  PENDING: "blue",
  ACCEPTED: "green",
  DECLINED: "red",
  CANCELLED: "gray",
  EXPIRED: "orange",
};

export const DELIVERY_LABEL: Record<DeliveryState, string> = {
  QUEUED: "Queued",
  SENT: "Sent",
  FAILED: "Failed",
};

export const DELIVERY_COLOR: Record<DeliveryState, string> = {
  QUEUED: "gray",
  SENT: "teal",
  FAILED: "red",
};

/** Still waiting for the person: their link can be cancelled. */
export function canCancel(state: InvitationState): boolean {
  return state === "SCHEDULED" || state === "PENDING";
}

/** A fresh link (sent now) while the person hasn't answered, and after expiry (rule 6). */
export function canResend(state: InvitationState): boolean {
  return state === "SCHEDULED" || state === "PENDING" || state === "EXPIRED";
}
