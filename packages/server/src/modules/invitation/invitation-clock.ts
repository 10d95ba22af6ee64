// Time-driven changes: a scheduled invitation becomes PENDING at its send time, and an open
// one past its expiry becomes EXPIRED (rule 6), its items closed so the person can be
// invited again. Run by the outbox worker's loop in every server process; each change is a
// conditional UPDATE, so two processes doing it at once change each row once.
import type { DataSource } from "typeorm";
import { newId } from "../../db/id.js";
import { placeholders, sqlDateTime } from "../../db/raw.js";
import { backgroundTransaction, tallyChange } from "./invitation-tally.js";

const BATCH = 1000;

export class InvitationClock {
  /** On MariaDB two processes take different batches; SQLite has one process. */
  private readonly skipLocked: string;

  constructor(private readonly dataSource: DataSource) {
    this.skipLocked = dataSource.options.type === "better-sqlite3" ? "" : " FOR UPDATE SKIP LOCKED";
  }

  async tick(now = new Date()): Promise<{ sending: number; expired: number }> {
    let sending = 0;
    for (let n = BATCH; n === BATCH; ) {
      n = await this.promote(now);
      sending += n;
    }
    let expired = 0;
    for (let n = BATCH; n === BATCH; ) {
      n = await this.expire(now);
      expired += n;
    }
    return { sending, expired };
  }

  /** A batch of scheduled invitations whose send time has come, PENDING from now (their counts move with them). */
  private async promote(now: Date): Promise<number> {
    return backgroundTransaction(this.dataSource, async (manager) => {
      const due: { id: string }[] = await manager.query(
        `SELECT id FROM \`invitation\` WHERE state = 'SCHEDULED' AND send_at <= ? AND awaiting_approval = 0 AND expires_at > ? ORDER BY send_at LIMIT ${BATCH}${this.skipLocked}`,
        [sqlDateTime(now), sqlDateTime(now)],
      );
      if (due.length === 0) return 0;
      const ids = due.map((d) => d.id);
      await tallyChange(manager, ids, () =>
        manager.query(`UPDATE \`invitation\` SET state = 'PENDING' WHERE id IN (${placeholders(ids.length)}) AND state = 'SCHEDULED'`, ids),
      );
      return due.length;
    });
  }

  private async expire(now: Date): Promise<number> {
    return backgroundTransaction(this.dataSource, async (manager) => {
      const due: { id: string; trust_id: string }[] = await manager.query(
        `SELECT id, trust_id FROM \`invitation\` WHERE state IN ('PENDING', 'SCHEDULED') AND expires_at <= ? ORDER BY expires_at LIMIT ${BATCH}${this.skipLocked}`,
        [sqlDateTime(now)],
      );
      if (due.length === 0) return 0;
      const ids = due.map((d) => d.id);
      await tallyChange(manager, ids, () =>
        manager.query(`UPDATE \`invitation\` SET state = 'EXPIRED' WHERE id IN (${placeholders(ids.length)}) AND state IN ('PENDING', 'SCHEDULED')`, ids),
      );
      await manager.query(`UPDATE \`invitation_item\` SET open_key = NULL WHERE invitation_id IN (${placeholders(ids.length)})`, ids);
      const at = sqlDateTime(now);
      await manager.query(
        `INSERT INTO \`invitation_event\` (id, trust_id, invitation_id, at, kind, actor_label, detail) VALUES ${due.map(() => "(?, ?, ?, ?, 'EXPIRED', NULL, NULL)").join(", ")}`,
        due.flatMap((d) => [newId(now.getTime()), d.trust_id, d.id, at]),
      );
      await manager.query(
        `INSERT INTO \`audit_event\` (id, trust_id, at, actor_type, actor_id, actor_label, action, subject_type, subject_id, detail)
         VALUES ${due.map(() => "(?, ?, ?, 'system', NULL, NULL, 'INVITATION_EXPIRED', 'Invitation', ?, NULL)").join(", ")}`,
        due.flatMap((d) => [newId(now.getTime()), d.trust_id, at, d.id]),
      );
      return due.length;
    });
  }
}
