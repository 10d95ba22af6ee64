import type { EmailMessage } from "../../modules/email/email-message.entity.js";
import { serialiseEmailData } from "../../modules/email/email-content.js";
import type { EmailRenderer } from "../../modules/email/email.renderer.js";
import type { EmailData } from "../../modules/email/email.types.js";
import type { Trust } from "../../modules/trust/trust.entity.js";
import type { InvitationBundle } from "./invitations.js";
import type { SeededCatalogue } from "./products.js";
import { Random } from "./random.js";
import type { SeededSchool } from "./schools.js";

/** Where seeded links point unless told otherwise: PUBLIC_URL's default. */
export const SEED_PUBLIC_URL = "http://localhost:4000";

/**
 * The outbox (the mailbox page) for the invitations most recently emailed: each email they
 * caused, with its template's values (rendered when shown), as delivered, bounced, withdrawn or still queued.
 * Links are built as InvitationMailer builds them, from the public URL.
 */
export function buildEmails(input: {
  slug: string;
  trust: Trust;
  catalogue: SeededCatalogue;
  schools: readonly SeededSchool[];
  recent: readonly InvitationBundle[];
  renderer: Pick<EmailRenderer, "subject">;
  publicUrl: string;
}): EmailMessage[] {
  const random = Random.for(input.slug, "emails");
  const products = new Map(input.catalogue.products.map((p) => [p.id, p.name]));
  const roles = new Map(input.catalogue.roles.map((r) => [r.id, r.name]));
  const schools = new Map(input.schools.map((s) => [s.school.id, s.school.name]));
  const rows: EmailMessage[] = [];
  for (const { invitation, items, emails } of input.recent) {
    const named = items.map((item) => ({
      productName: products.get(item.productId)!,
      roleName: roles.get(item.roleId)!,
      schoolName: item.schoolId === null ? null : schools.get(item.schoolId)!,
    }));
    const toName = [invitation.firstName, invitation.lastName].filter(Boolean).join(" ") || null;
    for (const email of emails) {
      const data: EmailData = {
        trustName: input.trust.name,
        recipientName: toName,
        inviterName: invitation.invitedBy,
        items: named,
        url: email.token ? `${input.publicUrl}/accept/${email.token}` : `${input.publicUrl}/`,
        expiresAt: new Date(email.expiresAt),
        supportContact: invitation.invitedBy.includes("@") ? invitation.invitedBy : undefined,
      };
      const createdAt = new Date(email.createdAt);
      rows.push({
        id: random.id(createdAt),
        trustId: invitation.trustId,
        toEmail: invitation.email,
        toName,
        subject: input.renderer.subject(email.kind, data).slice(0, 300),
        html: null,
        textBody: null,
        kind: email.kind,
        data: serialiseEmailData(data),
        subjectType: "Invitation",
        subjectId: invitation.id,
        status: email.status,
        attempts: email.attempts,
        nextAttemptAt: new Date(email.nextAttemptAt),
        claimedUntil: null,
        claimedBy: null,
        lastError: email.lastError,
        transport: email.transport,
        sentAt: email.sentAt === null ? null : new Date(email.sentAt),
        createdAt,
      });
    }
  }
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
