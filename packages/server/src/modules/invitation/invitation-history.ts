import type { EntityManager } from "typeorm";
import { insertRows } from "../../db/bulk.js";
import { newId } from "../../db/id.js";
import { InvitationEvent } from "./invitation-event.entity.js";

export interface HistoryEntry {
  invitationId: string;
  kind: string;
  detail?: string | null;
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
    }),
  );
  await insertRows(manager, InvitationEvent, rows);
}
