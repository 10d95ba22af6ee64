import { compileMjml } from "./mjml-compiler.js";
import { describeAccess, describePlace, formatUkDate, summariseProducts } from "./email.format.js";
import { EMAIL_TEMPLATES, type EmailTemplateSource } from "./email.templates.js";
import { checkLinkUrl, escapeHtml, trustedHtml, type SafeHtml } from "./safe-html.js";
import { SlotTemplate } from "./slot-template.js";
import {
  EMAIL_KINDS,
  EMAIL_SLOTS,
  type EmailData,
  type EmailItem,
  type EmailKind,
  type EmailSlot,
  type RenderedEmail,
} from "./email.types.js";

interface CompiledEmail {
  subject: SlotTemplate<EmailSlot>;
  html: SlotTemplate<EmailSlot, SafeHtml>;
  text: SlotTemplate<EmailSlot>;
  hasLink: boolean;
}

type Values = Record<EmailSlot, string>;

/**
 * Renders Lanyard's emails. MJML is compiled once in `create()` (~ms a template);
 * `render()` only fills escaped values into the compiled HTML (µs a recipient), which
 * is what lets one worker personalise thousands of emails a second (DESIGN rule 10).
 */
export class EmailRenderer {
  private static compiledOnce: Promise<EmailRenderer> | null = null;

  private constructor(private readonly compiled: Record<EmailKind, CompiledEmail>) {}

  /** The process's renderer: its templates are compiled on first use, once. */
  static shared(): Promise<EmailRenderer> {
    EmailRenderer.compiledOnce ??= EmailRenderer.create().catch((error: unknown) => {
      EmailRenderer.compiledOnce = null; // a failed compile is tried again, not remembered
      throw error;
    });
    return EmailRenderer.compiledOnce;
  }

  /** Compiles every template; throws at start if any is invalid or lost a slot. */
  static async create(): Promise<EmailRenderer> {
    const entries = await Promise.all(
      EMAIL_KINDS.map(async (kind) => [kind, await compile(kind, EMAIL_TEMPLATES[kind])] as const),
    );
    return new EmailRenderer(Object.fromEntries(entries) as Record<EmailKind, CompiledEmail>);
  }

  render(kind: EmailKind, data: EmailData): RenderedEmail {
    const template = this.compiled[kind];
    const values = plainValues(data);
    const subject = fillSubject(template, values);
    const html = template.html.fill({ ...escapeAll(values), subject: escapeHtml(subject), items: itemsHtml(data.items) });
    const text = template.text.fill({ ...values, subject, items: itemsText(data.items) });
    return { subject, html, text };
  }

  /** The subject line alone (stored with a queued message, so lists need no rendering). */
  subject(kind: EmailKind, data: EmailData): string {
    return fillSubject(this.compiled[kind], plainValues(data));
  }
}

/** Header values must stay on one line, whatever a trust or product is called. */
const fillSubject = (template: CompiledEmail, values: Values) => template.subject.fill(values).replace(/[\r\n]+/g, " ");

async function compile(kind: EmailKind, source: EmailTemplateSource): Promise<CompiledEmail> {
  const html = SlotTemplate.parse<EmailSlot, SafeHtml>(await compileMjml(source.mjml), EMAIL_SLOTS, kind);
  if (source.hasLink && !html.uses("url")) throw new Error(`Template "${kind}" lost its {{url}} when compiled`);
  return {
    subject: SlotTemplate.parse(source.subject, EMAIL_SLOTS, `${kind} subject`),
    html,
    text: SlotTemplate.parse(source.text, EMAIL_SLOTS, `${kind} text`),
    hasLink: source.hasLink,
  };
}

/** Every slot as plain text; lists are filled per format by the caller. */
function plainValues(data: EmailData): Values {
  if (data.items.length === 0) throw new Error("An email needs at least one product to describe");
  const name = data.recipientName?.trim();
  return {
    subject: "",
    items: "",
    trustName: data.trustName,
    greeting: name ? `Hello ${name},` : "Hello,",
    inviter: data.inviterName,
    products: summariseProducts(data.items),
    expiry: formatUkDate(data.expiresAt),
    // Checked for every kind, even one without a button: a bad link is a caller's bug.
    url: checkLinkUrl(data.url),
    support: data.supportContact?.trim() || "your administrator",
  };
}

function escapeAll(values: Values): Record<EmailSlot, SafeHtml> {
  const out = {} as Record<EmailSlot, SafeHtml>;
  for (const slot of EMAIL_SLOTS) out[slot] = escapeHtml(values[slot]);
  return out;
}

function itemsHtml(items: readonly EmailItem[]): SafeHtml {
  const rows = items.map(
    (item) =>
      `<li style="margin:0 0 8px;"><strong>${escapeHtml(describeAccess(item))}</strong><br />` +
      `<span style="color:#4b5563;">${escapeHtml(describePlace(item))}</span></li>`,
  );
  return trustedHtml(`<ul style="margin:0;padding:0 0 0 20px;">${rows.join("")}</ul>`);
}

function itemsText(items: readonly EmailItem[]): string {
  return items.map((item) => `- ${describeAccess(item)}, ${describePlace(item)}`).join("\n");
}
