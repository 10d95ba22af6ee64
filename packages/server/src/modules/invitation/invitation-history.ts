import type { EntityManager } from "typeorm";
import { insertRows } from "../../db/bulk.js";
import { newId } from "../../db/id.js";
import { InvitationEvent } from "./invitation-event.entity.js";

export interface HistoryEntry {
  invitationId: string;
  kind: string;
  detail?: string | null;
  /** The time the step refers to, e.g. a resend's new expiry: never written into `detail`. */
  date?: Date | null;
}

/** Appends steps to invitations' histories (Invitation.events), in the caller's transaction. */
export async function recordHistory(manager: EntityManager, trustId: string, actorLabel: string | null, entries: HistoryEntry[], at = new Date()) {
  const rows = entries.map(
    (entry): InvitationEvent => ({
      id: newId(at.getTime()),
      trustId,
      invitationId: entry.invitationId,
      at,
      kind: entry.kind,
      actorLabel,
      detail: entry.detail?.slice(0, 500) ?? null,
      date: entry.date ?? null,
    }),
  );
  await insertRows(manager, InvitationEvent, rows);
}

/** The words of the steps that refer to a time; the time goes in `date`, where each reader formats it their own way. */
export const DATED_DETAIL = { SCHEDULED: "to be emailed later", RESENT: "a new link" } as const;

/** A scheduled invitation's first step: its email waits for `sendAt`. */
export const scheduledStep = (invitationId: string, sendAt: Date): HistoryEntry => ({ invitationId, kind: "SCHEDULED", detail: DATED_DETAIL.SCHEDULED, date: sendAt });

/** A resend: a new link, valid until `expiresAt`. */
export const resentStep = (invitationId: string, expiresAt: Date): HistoryEntry => ({ invitationId, kind: "RESENT", detail: DATED_DETAIL.RESENT, date: expiresAt });
