// The outbox: an email is written in the same transaction as the change that causes it,
// so it goes out if and only if that change is committed. The OutboxWorker delivers it.
import type { EntityManager } from "typeorm";
import { newId } from "../../db/id.js";
import { EmailMessage } from "./email-message.entity.js";

export interface QueuedEmail {
  trustId?: string | null;
  toEmail: string;
  toName?: string | null;
  subject: string;
  html: string;
  text: string;
  /** invitation, access-granted, reminder, cancelled, … */
  kind: string;
  /** What the email is about, e.g. { subjectType: "Invitation", subjectId: invitation.id }. */
  subjectType?: string | null;
  subjectId?: string | null;
  /** Not before this time ("notify at"); now when absent. */
  sendAt?: Date | null;
}

/** Queues one email inside the caller's transaction (pass the transaction's manager); answers its id. */
export async function queueEmail(manager: EntityManager, message: QueuedEmail): Promise<string> {
  const now = new Date();
  const id = newId(now.getTime());
  await manager.insert(EmailMessage, {
    id,
    trustId: message.trustId ?? null,
    toEmail: message.toEmail,
    toName: message.toName ?? null,
    subject: message.subject.slice(0, 300),
    html: message.html,
    textBody: message.text,
    kind: message.kind,
    data: null,
    subjectType: message.subjectType ?? null,
    subjectId: message.subjectId ?? null,
    status: "QUEUED",
    attempts: 0,
    nextAttemptAt: message.sendAt ?? now,
    claimedUntil: null,
    claimedBy: null,
    lastError: null,
    transport: null,
    sentAt: null,
    createdAt: now,
  });
  return id;
}
