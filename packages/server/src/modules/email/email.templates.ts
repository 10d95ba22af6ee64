import { EMAIL_COPY } from "./templates/copy.js";
import { mjmlLayout } from "./templates/layout.mjml.js";
import { textLayout } from "./templates/layout.text.js";
import { EMAIL_KINDS, type EmailKind } from "./email.types.js";

/** The source of one kind of email, before compiling: subject, MJML and plain text. */
export interface EmailTemplateSource {
  subject: string;
  mjml: string;
  text: string;
  /** Whether the email links anywhere; a cancelled invitation doesn't. */
  hasLink: boolean;
}

export const EMAIL_TEMPLATES: Record<EmailKind, EmailTemplateSource> = Object.fromEntries(
  EMAIL_KINDS.map((kind) => {
    const copy = EMAIL_COPY[kind];
    return [kind, { subject: copy.subject, mjml: mjmlLayout(copy), text: textLayout(copy), hasLink: copy.button !== null }];
  }),
) as Record<EmailKind, EmailTemplateSource>;
