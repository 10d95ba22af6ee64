import type { EntityManager } from "typeorm";
import type { Config } from "../../config.js";
import { insertRows } from "../../db/bulk.js";
import { newId } from "../../db/id.js";
import { EmailRenderer } from "../email/email.renderer.js";
import { serialiseEmailData } from "../email/email-content.js";
import type { EmailData, EmailItem, EmailKind } from "../email/email.types.js";
import { EmailMessage } from "../email/email-message.entity.js";
import type { Trust } from "../trust/trust.entity.js";
import type { InvitationObject } from "./invitation.types.js";

export interface InvitationEmail {
  kind: EmailKind;
  trustId: string;
  trustName: string;
  invitationId: string;
  toEmail: string;
  toName: string | null;
  inviter: string;
  items: EmailItem[];
  /** The accept link's token; absent for emails without one (access granted, cancelled). */
  token: string | null;
  expiresAt: Date;
  /** Not before this time (a scheduled invitation). */
  sendAt: Date;
}

/**
 * Turns invitation changes into outbox rows: each keeps its template's values, and the worker
 * renders it when sending (rule 10: templates compiled once a process, a fill of escaped
 * values a recipient).
 */
export class InvitationMailer {
  constructor(private readonly config: Pick<Config, "publicUrl">) {}

  /** The accept page's address for a token: always from PUBLIC_URL, never a request's headers (rule 9). */
  acceptUrl(token: string): string {
    return `${this.config.publicUrl}/accept/${token}`;
  }

  /** Writes the emails to the outbox in the caller's transaction; any without items to describe are left out. */
  async queue(manager: EntityManager, emails: InvitationEmail[], now = new Date()): Promise<void> {
    await insertRows(manager, EmailMessage, await this.compose(emails.filter((e) => e.items.length), now));
  }

  /** Outbox rows holding each email's template values; the body is rendered when it is sent or shown. */
  async compose(emails: InvitationEmail[], now = new Date()): Promise<EmailMessage[]> {
    const renderer = await EmailRenderer.shared();
    return emails.map((email) => {
      const data: EmailData = {
        trustName: email.trustName,
        recipientName: email.toName,
        inviterName: email.inviter,
        items: email.items,
        url: email.token ? this.acceptUrl(email.token) : `${this.config.publicUrl}/`,
        expiresAt: email.expiresAt,
        supportContact: email.inviter.includes("@") ? email.inviter : undefined,
      };
      return {
        id: newId(now.getTime()),
        trustId: email.trustId,
        toEmail: email.toEmail,
        toName: email.toName,
        // Filling the subject also checks the values (the link above all) before anything is queued.
        subject: renderer.subject(email.kind, data).slice(0, 300),
        html: null,
        textBody: null,
        kind: email.kind,
        data: serialiseEmailData(data),
        subjectType: "Invitation",
        subjectId: email.invitationId,
        status: "QUEUED",
        attempts: 0,
        nextAttemptAt: email.sendAt,
        claimedUntil: null,
        claimedBy: null,
        lastError: null,
        transport: null,
        sentAt: null,
        createdAt: now,
      };
    });
  }
}

/** The fields every email about an existing invitation shares. */
export function aboutInvitation(invitation: InvitationObject, trust: Pick<Trust, "id" | "name">) {
  return {
    trustId: trust.id,
    trustName: trust.name,
    invitationId: invitation.id,
    toEmail: invitation.email,
    toName: [invitation.firstName, invitation.lastName].filter(Boolean).join(" ") || null,
  };
}
