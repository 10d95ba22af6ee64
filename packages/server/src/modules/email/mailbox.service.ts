import type { DataSource } from "typeorm";
import type { DeliveryState } from "@lanyard/shared";
import type { Config } from "../../config.js";
import { placeholders, selectRows, sqlDate } from "../../db/raw.js";
import { checkPageSize, decodeCursor, keysetCondition, orderBy, toPage, type Page, type SortKey } from "../../graphql/cursor.js";
import type { Actor } from "../auth/actor.js";
import { emailPolicy } from "./email.policy.js";
import { renderStored, type StoredContent } from "./email-content.js";
import type { EmailMessageObject } from "./email-message.types.js";

const ORDER: SortKey<EmailMessageObject>[] = [
  { column: "m.created_at", direction: "DESC", value: (m) => m.createdAt, date: true },
  { column: "m.id", direction: "DESC", value: (m) => m.id },
];

const LIST_COLUMNS = "m.id, m.to_email, m.to_name, m.subject, m.kind, m.status, m.attempts, m.last_error, m.created_at, m.sent_at, m.next_attempt_at, m.transport, m.subject_type, m.subject_id";
const ACCEPT_LINK = /\/accept\/[A-Za-z0-9_-]{20,}/g;

/** The built-in mailbox: the outbox as admins see it, newest first. */
export class MailboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Pick<Config, "smtpUrl" | "isProduction">,
  ) {}

  async list(actor: Actor, args: { first?: number | null; after?: string | null }): Promise<Page<EmailMessageObject>> {
    const first = checkPageSize(args.first);
    const where = this.scope(actor);
    const params = [...where.params];
    let sql = `SELECT ${LIST_COLUMNS} FROM \`email_message\` m WHERE ${where.sql}`;
    if (args.after) {
      sql += ` AND (${keysetCondition(ORDER, decodeCursor(args.after, ORDER), (_i, v) => (params.push(v), "?"))})`;
    }
    sql += ` ORDER BY ${orderBy(ORDER)} LIMIT ?`;
    params.push(first + 1);
    const rows = await selectRows<Record<string, unknown>>(this.dataSource, sql, params);
    return toPage(rows.map((r) => this.toMessage(r)), ORDER, first, async () => {
      const [row] = await selectRows<{ total: number }>(this.dataSource, `SELECT COUNT(*) AS total FROM \`email_message\` m WHERE ${where.sql}`, where.params);
      return Number(row?.total ?? 0);
    }, args.after);
  }

  async byId(actor: Actor, id: string): Promise<EmailMessageObject | null> {
    const where = this.scope(actor);
    const [row] = await selectRows<Record<string, unknown> & StoredContent>(
      this.dataSource,
      `SELECT ${LIST_COLUMNS}, m.html, m.text_body, m.data FROM \`email_message\` m WHERE ${where.sql} AND m.id = ?`,
      [...where.params, id],
    );
    if (!row) return null;
    const { html, text } = await renderStored(row);
    return { ...this.toMessage(row), html: this.redact(html), text: this.redact(text) };
  }

  /** The bodies of these messages (the list leaves them out: a few kB each, rendered), redacted as the mailbox shows them. */
  async bodies(actor: Actor, ids: readonly string[]): Promise<{ id: string; html: string; text: string }[]> {
    const where = this.scope(actor);
    const rows = await selectRows<{ id: string } & StoredContent>(
      this.dataSource,
      `SELECT m.id, m.kind, m.html, m.text_body, m.data FROM \`email_message\` m WHERE ${where.sql} AND m.id IN (${placeholders(ids.length)})`,
      [...where.params, ...ids],
    );
    return Promise.all(
      rows.map(async (r) => {
        const { html, text } = await renderStored(r);
        return { id: r.id, html: this.redact(html), text: this.redact(text) };
      }),
    );
  }

  private scope(actor: Actor) {
    return emailPolicy.visible(actor);
  }

  /**
   * Rule 10: once SMTP delivers the mail (or in production) the mailbox is a record, not a
   * delivery channel, so accept links are redacted: an admin can never take an invitee's link.
   */
  private redact(body: string): string {
    return this.config.smtpUrl || this.config.isProduction ? body.replace(ACCEPT_LINK, "/accept/[link hidden]") : body;
  }

  private toMessage(r: Record<string, unknown>): EmailMessageObject {
    const status = r.status as string;
    return {
      id: r.id as string,
      toEmail: r.to_email as string,
      toName: (r.to_name as string | null) ?? null,
      subject: r.subject as string,
      kind: r.kind as string,
      // SENDING is a worker's claim in progress: to a person it is still queued. WITHDRAWN never went.
      delivery: (status === "SENDING" ? "QUEUED" : status === "WITHDRAWN" ? "FAILED" : status) as DeliveryState,
      withdrawn: status === "WITHDRAWN",
      attempts: Number(r.attempts),
      lastError: (r.last_error as string | null) ?? null,
      createdAt: sqlDate(r.created_at as Date | string)!,
      sentAt: sqlDate((r.sent_at as Date | string | null) ?? null),
      notBefore: sqlDate(r.next_attempt_at as Date | string)!,
      transport: (r.transport as string | null) ?? null,
      invitationId: r.subject_type === "Invitation" ? ((r.subject_id as string | null) ?? null) : null,
      // No html or text: a list reads no bodies; the resolver loads them for the rows that ask.
    };
  }
}
