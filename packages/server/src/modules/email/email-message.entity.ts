import { Column, Entity, Index } from "typeorm";
import { DateColumn, IdColumn, RefColumn, TextColumn } from "../../db/columns.js";

/** WITHDRAWN: never sent, because a resend replaced it or its invitation was cancelled first. */
export const EMAIL_STATUSES = ["QUEUED", "SENDING", "SENT", "FAILED", "WITHDRAWN"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** "smtp" when handed to the SMTP server; "mailbox" when kept for the built-in mailbox page. */
export type EmailTransportName = "smtp" | "mailbox";

/**
 * One email in the outbox: written in the transaction of the change that causes it, then
 * claimed and delivered by the OutboxWorker (SENDING is a claim with a lease, claimedUntil).
 */
@Entity("email_message")
@Index(["status", "nextAttemptAt"])
@Index(["trustId", "createdAt", "id"])
@Index(["subjectType", "subjectId"])
export class EmailMessage {
  @IdColumn() id!: string;
  @RefColumn({ nullable: true }) trustId!: string | null;
  @TextColumn(254) toEmail!: string;
  @TextColumn(200, { nullable: true }) toName!: string | null;
  @TextColumn(300) subject!: string;
  /** A ready body, for a message queued whole; null when it is rendered from `data`. */
  @Column({ type: "text", nullable: true }) html!: string | null;
  @Column({ type: "text", nullable: true }) textBody!: string | null;
  /** invitation, access-granted, reminder, cancelled, …: for a templated message, its template. */
  @TextColumn(32) kind!: string;
  /** The template's values as JSON (see email-content.ts): the body is rendered when sent or shown. */
  @Column({ type: "text", nullable: true }) data!: string | null;
  /** What the email is about, e.g. "Invitation" and its id, so delivery can be shown per item. */
  @TextColumn(32, { nullable: true }) subjectType!: string | null;
  @RefColumn({ nullable: true }) subjectId!: string | null;
  @Column({ type: "simple-enum", enum: EMAIL_STATUSES, default: "QUEUED" }) status!: EmailStatus;
  @Column({ type: "int", default: 0 }) attempts!: number;
  @DateColumn() nextAttemptAt!: Date;
  /** While SENDING: the claim lapses at this time, so a crashed worker's messages are retried. */
  @DateColumn({ nullable: true }) claimedUntil!: Date | null;
  /** The worker holding the claim, so it only ever settles its own. */
  @TextColumn(64, { nullable: true }) claimedBy!: string | null;
  @TextColumn(1000, { nullable: true }) lastError!: string | null;
  @TextColumn(16, { nullable: true }) transport!: EmailTransportName | null;
  @DateColumn({ nullable: true }) sentAt!: Date | null;
  @DateColumn() createdAt!: Date;
}
