// What a queued email says. A templated message keeps its template (the row's kind) and the
// values to fill it with; its body is rendered when it is sent or shown, microseconds a
// message. So a request that queues 500 invitations writes a few hundred bytes an email
// rather than 14 kB of HTML, and the outbox row is written in the same transaction either way.
import { EmailRenderer } from "./email.renderer.js";
import { EMAIL_KINDS, type EmailData, type EmailKind, type RenderedEmail } from "./email.types.js";

/** The columns of an outbox row that make its body: values for its template, or a ready body. */
export interface StoredContent {
  kind: string;
  data: string | null;
  html: string | null;
  text_body: string | null;
}

export const isEmailKind = (kind: string): kind is EmailKind => (EMAIL_KINDS as readonly string[]).includes(kind);

/** The values as stored in email_message.data. */
export function serialiseEmailData(data: EmailData): string {
  return JSON.stringify(data);
}

export function parseEmailData(json: string): EmailData {
  const data = JSON.parse(json) as Omit<EmailData, "expiresAt"> & { expiresAt: string };
  return { ...data, expiresAt: new Date(data.expiresAt) };
}

/** The message's HTML and text: rendered from its values, or as queued. */
export async function renderStored(row: StoredContent): Promise<Omit<RenderedEmail, "subject">> {
  if (row.data === null) return { html: row.html ?? "", text: row.text_body ?? "" };
  if (!isEmailKind(row.kind)) throw new Error(`no email template is called "${row.kind}"`);
  const { html, text } = (await EmailRenderer.shared()).render(row.kind, parseEmailData(row.data));
  return { html, text };
}
