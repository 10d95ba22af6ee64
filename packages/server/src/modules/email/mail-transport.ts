// Hands a message to SMTP, or, with no SMTP_URL, keeps it for the built-in mailbox page.
import nodemailer from "nodemailer";
import type { Config } from "../../config.js";
import type { EmailTransportName } from "./email-message.entity.js";

export interface OutgoingEmail {
  /** The outbox id, sent as the X-Lanyard-Message-Id header. */
  id: string;
  toEmail: string;
  toName: string | null;
  subject: string;
  html: string;
  text: string;
}

export interface MailTransport {
  readonly name: EmailTransportName;
  /** Delivers one message; rejects with the server's error when it is refused. */
  send(message: OutgoingEmail): Promise<{ transport: EmailTransportName }>;
  close(): Promise<void>;
}

export function createMailTransport(config: Pick<Config, "smtpUrl" | "mailFrom">): MailTransport {
  if (!config.smtpUrl) return mailboxTransport();
  const smtp = nodemailer.createTransport({
    url: config.smtpUrl,
    pool: true,
    maxConnections: 5,
    // Well inside the worker's claim lease, so a hung server can't outlast a claim.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    dnsTimeout: 10_000,
  });
  return {
    name: "smtp",
    async send(message) {
      await smtp.sendMail({
        from: config.mailFrom,
        to: message.toName ? { name: message.toName, address: message.toEmail } : message.toEmail,
        subject: message.subject,
        html: message.html,
        text: message.text,
        headers: { "X-Lanyard-Message-Id": message.id },
      });
      return { transport: "smtp" };
    },
    async close() {
      smtp.close();
    },
  };
}

/** Sends nothing: the message stays in the outbox table, where the mailbox page shows it. */
export function mailboxTransport(): MailTransport {
  return {
    name: "mailbox",
    async send() {
      return { transport: "mailbox" };
    },
    async close() {},
  };
}
