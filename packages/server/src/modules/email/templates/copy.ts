import type { EmailKind } from "../email.types.js";

/**
 * The wording of each email, written once and used for both the HTML and the plain-text
 * part. `{{slot}}` marks where recipient data goes (see EMAIL_SLOTS).
 */
export interface EmailCopy {
  subject: string;
  /** The inbox preview line. */
  preview: string;
  heading: string;
  /** Leads into the list of products, roles and schools. */
  intro: string;
  /** Said before the expiry line, e.g. why the old link is dead. */
  notice: string | null;
  expiry: string;
  /** null: no button (a cancelled invitation has nothing to click). */
  button: string | null;
  /** Why they got this email and what to do if it was unexpected. */
  footer: string;
}

const INVITED_FOOTER =
  "You're receiving this email because {{inviter}} invited you to Lanyard on behalf of {{trustName}}. " +
  "If you weren't expecting it, you can ignore it: nothing happens unless you accept. Questions? Contact {{support}}.";

export const EMAIL_COPY: Record<EmailKind, EmailCopy> = {
  invitation: {
    subject: "{{trustName}} invited you to {{products}}",
    preview: "{{inviter}} invited you to {{products}}. The invitation expires on {{expiry}}.",
    heading: "You're invited to {{products}}",
    intro: "{{inviter}} has invited you to the following at {{trustName}}:",
    notice: null,
    expiry: "This invitation expires on {{expiry}}.",
    button: "Accept invitation",
    footer: INVITED_FOOTER,
  },
  "access-granted": {
    subject: "You now have access to {{products}} at {{trustName}}",
    preview: "{{inviter}} gave you access to {{products}}. There's nothing to accept.",
    heading: "You now have access to {{products}}",
    intro: "{{inviter}} has given you access to the following at {{trustName}}. You already have a Lanyard account, so there's nothing to accept:",
    notice: null,
    expiry: "You can use it straight away: sign in with your usual Lanyard email and password.",
    button: "Open Lanyard",
    footer:
      "You're receiving this email because {{inviter}} gave you access on behalf of {{trustName}}. " +
      "If you weren't expecting it, you can ignore it, or tell your administrator. Questions? Contact {{support}}.",
  },
  reminder: {
    subject: "Reminder: {{trustName}} invited you to {{products}}",
    preview: "A reminder: your invitation to {{products}} expires on {{expiry}}.",
    heading: "A reminder: you're invited to {{products}}",
    intro: "This is a reminder that {{inviter}} has invited you to the following at {{trustName}}, and your invitation is still waiting:",
    notice: "This email has a new link. The link in any earlier email no longer works, so please use the button below.",
    expiry: "This invitation expires on {{expiry}}.",
    button: "Accept invitation",
    footer: INVITED_FOOTER,
  },
  cancelled: {
    subject: "Your invitation to {{products}} at {{trustName}} was cancelled",
    preview: "{{inviter}} cancelled your invitation to {{products}}.",
    heading: "Your invitation was cancelled",
    intro: "{{inviter}} has cancelled your invitation to the following at {{trustName}}:",
    notice: "The link in your invitation email no longer works. If you think this is a mistake, contact {{support}}.",
    expiry: "The invitation would have expired on {{expiry}}.",
    button: null,
    footer:
      "You're receiving this email because {{inviter}} had invited you to Lanyard on behalf of {{trustName}}. " +
      "There's nothing you need to do.",
  },
};
