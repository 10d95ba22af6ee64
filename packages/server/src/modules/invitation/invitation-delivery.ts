import type { DataSource } from "typeorm";
import { newId } from "../../db/id.js";
import { sqlDateTime } from "../../db/raw.js";
import type { SettledMessage } from "../email/outbox-worker.js";
import { backgroundTransaction, tallyChange } from "./invitation-tally.js";

/** Emails whose delivery is the invitation's own (a cancellation notice only adds to its history). */
const INVITING = new Set(["invitation", "reminder", "access-granted"]);

/**
 * Shows an email's outcome on the invitation it is about: delivery SENT or FAILED with the
 * last error (the lists' Error column), sentAt, and a history step. A scheduled invitation
 * whose email has gone is PENDING from then on. One transaction: the invitation's counts move
 * with it (invitation-tally.ts).
 */
export async function recordInvitationDelivery(dataSource: DataSource, settled: SettledMessage) {
  if (settled.subjectType !== "Invitation" || !settled.subjectId) return;
  const id = settled.subjectId;
  const at = sqlDateTime(settled.at);
  await backgroundTransaction(dataSource, async (manager) => {
    if (INVITING.has(settled.kind)) {
      await tallyChange(manager, [id], () =>
        settled.ok
          ? manager.query(
              `UPDATE \`invitation\` SET delivery = 'SENT', last_error = NULL, sent_at = ?,
                 state = CASE WHEN state = 'SCHEDULED' THEN 'PENDING' ELSE state END
               WHERE id = ?`,
              [at, id],
            )
          : manager.query("UPDATE `invitation` SET delivery = 'FAILED', last_error = ? WHERE id = ?", [settled.error, id]),
      );
    }
    const kind = settled.ok ? "SENT" : "DELIVERY_FAILED";
    const detail = settled.ok ? `${settled.kind} email delivered` : `${settled.kind} email: ${settled.error ?? "unknown error"}`.slice(0, 500);
    await manager.query(
      "INSERT INTO `invitation_event` (id, trust_id, invitation_id, at, kind, actor_label, detail) SELECT ?, trust_id, id, ?, ?, NULL, ? FROM `invitation` WHERE id = ?",
      [newId(settled.at.getTime()), at, kind, detail, id],
    );
  });
}
