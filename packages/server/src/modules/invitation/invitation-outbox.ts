import type { EntityManager } from "typeorm";
import { chunks } from "../../db/bulk.js";
import { placeholders, sqlDateTime } from "../../db/raw.js";

/**
 * Emails about these invitations that haven't gone yet are withdrawn (a resend supersedes
 * them, a cancel makes them wrong). They stay in the outbox, WITHDRAWN with the reason, as history.
 */
export async function withdrawQueuedEmails(manager: EntityManager, invitationIds: readonly string[], reason: string) {
  for (const ids of chunks(invitationIds)) {
    await manager.query(
      `UPDATE \`email_message\` SET status = 'WITHDRAWN', last_error = ?
       WHERE subject_type = 'Invitation' AND subject_id IN (${placeholders(ids.length)}) AND status IN ('QUEUED', 'FAILED')`,
      [reason, ...ids],
    );
  }
}

/** How many emails each invitation has caused since `since` (rule 7's 3 in 24 hours). */
export async function emailsSince(manager: EntityManager, invitationIds: readonly string[], since: Date): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const ids of chunks(invitationIds)) {
    const rows: { subject_id: string; sent: number | string }[] = await manager.query(
      `SELECT subject_id, COUNT(*) AS sent FROM \`email_message\`
       WHERE subject_type = 'Invitation' AND subject_id IN (${placeholders(ids.length)}) AND created_at > ? AND status <> 'WITHDRAWN'
       GROUP BY subject_id`,
      [...ids, sqlDateTime(since)],
    );
    for (const row of rows) counts.set(row.subject_id, Number(row.sent));
  }
  return counts;
}
