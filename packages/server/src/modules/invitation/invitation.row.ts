import type { DeliveryState, InvitationState } from "@lanyard/shared";
import { sqlDate } from "../../db/raw.js";
import type { SortKey } from "../../graphql/cursor.js";
import type { InvitationObject } from "./invitation.types.js";

/** The columns the Invitation type shows, read straight from the driver on the hot list. */
export const INVITATION_COLUMNS = [
  "id", "trust_id", "email", "first_name", "last_name", "staff_id", "school_id", "state", "existing_user", "created_at",
  "send_at", "sent_at", "expires_at", "responded_at", "delivery", "last_error", "awaiting_approval", "invited_by",
].map((c) => `inv.${c}`).join(", ");

export type InvitationRow = Record<string, string | number | Date | null>;

export function toInvitation(r: InvitationRow): InvitationObject {
  return {
    id: r.id as string,
    trustId: r.trust_id as string,
    email: r.email as string,
    firstName: (r.first_name as string | null) ?? null,
    lastName: (r.last_name as string | null) ?? null,
    staffId: (r.staff_id as string | null) ?? null,
    schoolId: (r.school_id as string | null) ?? null,
    state: r.state as InvitationState,
    existingUser: Number(r.existing_user) === 1,
    createdAt: sqlDate(r.created_at as Date | string)!,
    sendAt: sqlDate(r.send_at as Date | string | null),
    sentAt: sqlDate(r.sent_at as Date | string | null),
    expiresAt: sqlDate(r.expires_at as Date | string)!,
    respondedAt: sqlDate(r.responded_at as Date | string | null),
    delivery: (r.delivery as DeliveryState | null) ?? null,
    lastError: (r.last_error as string | null) ?? null,
    awaitingApproval: Number(r.awaiting_approval) === 1,
    invitedBy: r.invited_by as string,
  };
}

/** Newest first; the index behind it ends in id (TOOLCHAIN.md: the keyset lesson). */
export const INVITATION_ORDER: SortKey<InvitationObject>[] = [
  { column: "inv.created_at", direction: "DESC", value: (i) => i.createdAt, date: true },
  { column: "inv.id", direction: "DESC", value: (i) => i.id },
];
