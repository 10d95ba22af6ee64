// The "import finished" email (rule 10) to the admin who uploaded the file: when its check
// ends (READY or INVALID) and when it is committed. Queued in the outbox in the same
// transaction as the change; an API key has no mailbox, so its imports send none.
import type { EntityManager } from "typeorm";
import type { Config } from "../../config.js";
import type { Actor } from "../auth/actor.js";
import { queueEmail } from "../email/outbox.js";
import type { Import } from "./import.entity.js";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class ImportFinishedMailer {
  constructor(private readonly config: Pick<Config, "publicUrl">) {}

  async queue(manager: EntityManager, _actor: Actor, record: Import, now: Date): Promise<void> {
    if (record.uploadedByKind !== "admin" || !record.uploadedBy.includes("@")) return;
    const { subject, lines } = this.copy(record);
    const url = `${this.config.publicUrl}/imports/${record.id}`;
    const text = `${lines.join("\n\n")}\n\nOpen the import: ${url}\n\nYou're receiving this email because you uploaded ${record.filename} to Lanyard.`;
    const html =
      `<!doctype html><html><body style="font-family:Arial,sans-serif;color:#1a1b1e">` +
      lines.map((l) => `<p>${escape(l)}</p>`).join("") +
      `<p><a href="${escape(url)}">Open the import</a></p>` +
      `<p style="color:#666;font-size:12px">You're receiving this email because you uploaded ${escape(record.filename)} to Lanyard.</p></body></html>`;
    await queueEmail(manager, { trustId: record.trustId, toEmail: record.uploadedBy, subject, html, text, kind: "import-finished", subjectType: "Import", subjectId: record.id, sendAt: now });
  }

  private copy(record: Import): { subject: string; lines: string[] } {
    const name = record.filename;
    const rows = `${record.rowCount} row${record.rowCount === 1 ? "" : "s"}`;
    if (record.status === "INVALID") {
      return {
        subject: `Your import ${name} has ${record.errorCount} error${record.errorCount === 1 ? "" : "s"}`,
        lines: [`We checked ${name} (${rows}) and found ${record.errorCount} problem${record.errorCount === 1 ? "" : "s"}. Nothing was created.`, "Download the error file, fix the rows it marks and upload the file again."],
      };
    }
    const counts = `${record.createCount} to create, ${record.updateCount} to update, ${record.unchangedCount} unchanged, ${record.skippedCount} skipped`;
    if (record.status === "COMMITTED") {
      return {
        subject: `Your import ${name} is committed`,
        lines: [`${name} (${rows}) was approved and committed: ${counts.replace("to create", "created").replace("to update", "updated")}.`, "Invitation emails go out through the outbox as scheduled."],
      };
    }
    return { subject: `Your import ${name} is ready to approve`, lines: [`We checked ${name} (${rows}) and found no errors: ${counts}.`, "Open the import to approve or reject it."] };
  }
}
