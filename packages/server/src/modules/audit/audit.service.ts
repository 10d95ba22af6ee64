import type { EntityManager } from "typeorm";
import { insertRows } from "../../db/bulk.js";
import { newId } from "../../db/id.js";
import type { Actor } from "../auth/actor.js";
import { AuditEvent } from "./audit-event.entity.js";

export interface AuditEntry {
  action: string;
  subjectType?: string;
  subjectId?: string;
  detail?: Record<string, unknown>;
}

/** Appends to the audit log, inside the caller's transaction so it lands with the change. */
export async function recordAudit(manager: EntityManager, actor: Actor | null, trustId: string | null, entry: AuditEntry) {
  await recordAudits(manager, actor, trustId, [entry]);
}

/** Many audit entries at once (a bulk action), in multi-row inserts inside the caller's transaction. */
export async function recordAudits(manager: EntityManager, actor: Actor | null, trustId: string | null, entries: AuditEntry[], at = new Date()) {
  const rows = entries.map(
    (entry): AuditEvent => ({
      id: newId(at.getTime()),
      trustId,
      at,
      actorType: actor?.kind ?? "system",
      actorId: actor?.id ?? null,
      actorLabel: actor?.label ?? null,
      action: entry.action,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      detail: entry.detail ?? null,
    }),
  );
  await insertRows(manager, AuditEvent, rows);
}
