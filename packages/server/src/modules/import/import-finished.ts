// The "import finished" email (rule 10) to the admin who uploaded the file: when its check
// ends (READY or INVALID) and when it is committed. Its MJML (email/templates) is compiled
// once a process; each email fills escaped values in and is queued in the outbox in the same
// transaction as the change. An API key has no mailbox, so its imports send none.
import type { EntityManager } from "typeorm";
import type { Config } from "../../config.js";
import { compileMjml } from "../email/mjml-compiler.js";
import { queueEmail } from "../email/outbox.js";
import { checkLinkUrl, escapeHtml, trustedHtml, type SafeHtml } from "../email/safe-html.js";
import { SlotTemplate } from "../email/slot-template.js";
import { IMPORT_FINISHED_MJML, IMPORT_FINISHED_SLOTS, IMPORT_FINISHED_TEXT, type ImportFinishedSlot } from "../email/templates/import-finished.mjml.js";
import type { Import } from "./import.entity.js";

interface Compiled {
  html: SlotTemplate<ImportFinishedSlot, SafeHtml>;
  text: SlotTemplate<ImportFinishedSlot>;
}

let compiled: Promise<Compiled> | null = null;
function templates(): Promise<Compiled> {
  compiled ??= compileMjml(IMPORT_FINISHED_MJML)
    .then((html) => ({
      html: SlotTemplate.parse<ImportFinishedSlot, SafeHtml>(html, IMPORT_FINISHED_SLOTS, "import-finished"),
      text: SlotTemplate.parse<ImportFinishedSlot>(IMPORT_FINISHED_TEXT, IMPORT_FINISHED_SLOTS, "import-finished text"),
    }))
    .catch((error: unknown) => {
      compiled = null;
      throw error;
    });
  return compiled;
}

const plural = (n: number, word: string) => `${n.toLocaleString("en-GB")} ${word}${n === 1 ? "" : "s"}`;

/** The words of the email for an import in this state. */
export function importFinishedCopy(record: Pick<Import, "filename" | "status" | "rowCount" | "errorCount" | "createCount" | "updateCount" | "unchangedCount" | "skippedCount">) {
  const name = record.filename;
  const rows = plural(record.rowCount, "row");
  if (record.status === "INVALID") {
    return {
      subject: `Your import ${name} has ${plural(record.errorCount, "error")}`,
      heading: "Your import needs fixing",
      summary: `We checked ${name} (${rows}) and found ${plural(record.errorCount, "problem")}. Nothing was created or sent.`,
      counts: "",
      next: "Download the error file, fix the rows it marks in your spreadsheet and upload the file again.",
    };
  }
  if (record.status === "COMMITTED") {
    return {
      subject: `Your import ${name} is committed`,
      heading: "Your import is committed",
      summary: `${name} (${rows}) was approved and committed.`,
      counts: `${record.createCount} created, ${record.updateCount} updated, ${record.unchangedCount} unchanged, ${record.skippedCount} skipped.`,
      next: "The invitation emails go out as scheduled.",
    };
  }
  return {
    subject: `Your import ${name} is ready to approve`,
    heading: "Your import is ready to approve",
    summary: `We checked ${name} (${rows}) and found no errors.`,
    counts: `${record.createCount} to create, ${record.updateCount} to update, ${record.unchangedCount} unchanged, ${record.skippedCount} skipped.`,
    next: "Open the import to see the preview, then approve or reject it. Nothing happens until you approve.",
  };
}

export class ImportFinishedMailer {
  constructor(private readonly config: Pick<Config, "publicUrl">) {}

  async queue(manager: EntityManager, record: Import, now: Date): Promise<void> {
    if (record.uploadedByKind !== "admin" || !record.uploadedBy.includes("@")) return;
    const { html, text } = await templates();
    const [trust] = (await manager.query("SELECT name FROM `trust` WHERE id = ?", [record.trustId])) as { name: string }[];
    const copy = importFinishedCopy(record);
    const values: Record<ImportFinishedSlot, string> = {
      ...copy,
      subject: copy.subject.replace(/[\r\n]+/g, " "),
      trustName: trust?.name ?? "Lanyard",
      url: checkLinkUrl(`${this.config.publicUrl}/imports/${record.id}`),
      filename: record.filename,
    };
    const escaped = Object.fromEntries(IMPORT_FINISHED_SLOTS.map((slot) => [slot, escapeHtml(values[slot])])) as Record<ImportFinishedSlot, SafeHtml>;
    await queueEmail(manager, {
      trustId: record.trustId,
      toEmail: record.uploadedBy,
      subject: values.subject,
      html: html.fill({ ...escaped, counts: trustedHtml(escaped.counts) }),
      text: text.fill(values),
      kind: "import-finished",
      subjectType: "Import",
      subjectId: record.id,
      sendAt: now,
    });
  }
}
