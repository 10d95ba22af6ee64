// Imports (rule 11): an uploaded file is read, checked whole and planned before anything is
// stored; the import then holds its rows and errors, so it is approved or rejected later
// without the file, and the error file can be written back.
import type { Readable } from "node:stream";
import { ImportStatus, type ImportKind } from "@lanyard/shared";
import type { DataSource } from "typeorm";
import { setTimeout as sleep } from "node:timers/promises";
import { execute, insertRows, isWriteConflict } from "../../db/bulk.js";
import { newId } from "../../db/id.js";
import { selectRows, sqlDate } from "../../db/raw.js";
import { checkPageSize, decodeCursor, keysetCondition, orderBy, toPage, type Page, type SortKey } from "../../graphql/cursor.js";
import { userError, type UserError } from "../../graphql/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import type { Actor } from "../auth/actor.js";
import type { InviteService } from "../invitation/invite.service.js";
import { matchHeader } from "./import-columns.js";
import { readCsv } from "./import-csv.js";
import { ImportError } from "./import-error.entity.js";
import { readAllCells, readRows, toPages, writeActions, writePages } from "./import-pages.js";
import { Sheet, type RowProblem } from "./import-sheet.js";
import { Import } from "./import.entity.js";
import type { ProblemPage } from "./import.loaders.js";
import { importPolicy } from "./import.policy.js";
import type { ImportFinishedMailer } from "./import-finished.js";
import { checkInvitationImport, writeInvitationPlan, type CheckedInvitations } from "./invitation-import.js";
import type { RowAction } from "./invitation-import.check.js";
import { planStaffImport, writeStaffPlan, type StaffPlan } from "./staff-import.js";

export type UploadResult = { ok: true; import: Import } | { ok: false; error: string };

type Checked = { kind: "INVITATIONS"; problems: RowProblem[]; actions: { action: RowAction; reason: string | null }[] | null; invitations: CheckedInvitations } | { kind: "STAFF"; problems: RowProblem[]; actions: StaffPlan["actions"] | null; staff: StaffPlan };

/** Tries of a commit that lost a race for a person's open item to a concurrent invite (rule 4). */
const WRITE_ATTEMPTS = 4;

const IMPORT_ORDER: SortKey<Import>[] = [
  { column: "imp.created_at", direction: "DESC", value: (i) => i.createdAt, date: true },
  { column: "imp.id", direction: "DESC", value: (i) => i.id },
];

const COLUMNS =
  "imp.id, imp.trust_id, imp.school_id, imp.kind, imp.filename, imp.status, imp.uploaded_by_id, imp.uploaded_by_kind, imp.uploaded_by, imp.header, imp.row_count, imp.error_count, imp.create_count, imp.update_count, imp.unchanged_count, imp.skipped_count, imp.failure, imp.send_at, imp.created_at, imp.finished_at";

const toImport = (r: Record<string, unknown>): Import => ({
  id: r.id as string,
  trustId: r.trust_id as string,
  schoolId: (r.school_id as string | null) ?? null,
  kind: r.kind as ImportKind,
  filename: r.filename as string,
  status: r.status as ImportStatus,
  uploadedById: r.uploaded_by_id as string,
  uploadedByKind: r.uploaded_by_kind as string,
  uploadedBy: r.uploaded_by as string,
  header: r.header as string,
  rowCount: Number(r.row_count),
  errorCount: Number(r.error_count),
  createCount: Number(r.create_count),
  updateCount: Number(r.update_count),
  unchangedCount: Number(r.unchanged_count),
  skippedCount: Number(r.skipped_count),
  failure: (r.failure as string | null) ?? null,
  sendAt: sqlDate(r.send_at as string | Date | null),
  createdAt: sqlDate(r.created_at as string | Date)!,
  finishedAt: sqlDate(r.finished_at as string | Date | null),
});

const STATUS_REFUSAL: Partial<Record<ImportStatus, string>> = {
  INVALID: "This import has errors, so it can't be approved: download the error file, fix the rows and upload the file again.",
  APPROVED: "This import is being approved already: wait a moment and look at it again.",
  REJECTED: "This import was rejected: upload the file again to start a new import.",
  COMMITTED: "This import was approved already: its rows are committed.",
  FAILED: "This import failed when it was approved: upload the file again to start a new import.",
  VALIDATING: "This import is still being checked: wait a moment and look at it again.",
};

export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invites: InviteService,
    private readonly finished: ImportFinishedMailer,
    /** Where a commit's unexpected failure goes (the admin sees a plain message on the import). */
    private readonly log: (message: string) => void = (m) => console.warn(m),
  ) {}

  /** Reads, checks and plans the file, then stores the import whole: READY with its preview, or INVALID with every problem. */
  async upload(actor: Actor, kind: ImportKind, filename: string, body: Readable, now = new Date()): Promise<UploadResult> {
    const read = await readCsv(body);
    if (!read.ok) return read;
    const match = matchHeader(kind, read.file.header);
    if (!match.ok) return { ok: false, error: match.error };
    const sheet = new Sheet(read.file.header, read.file.rows, match.index);
    // The rows are written while they are checked: the database stores them on its own cores
    // while this process checks them (on SQLite, one connection, one after the other).
    const checking = this.check(actor, kind, sheet, now);
    checking.catch(() => undefined); // awaited below; a failure surfaces there and rolls the import back
    if (this.dataSource.options.type === "better-sqlite3") await checking;

    const id = newId(now.getTime());
    const validating: Import = {
      id,
      trustId: actor.trustId,
      schoolId: importPolicy.fileUnder(actor),
      kind,
      filename: filename.slice(0, 255),
      status: ImportStatus.VALIDATING,
      uploadedById: actor.id,
      uploadedByKind: actor.kind,
      uploadedBy: actor.label,
      header: JSON.stringify(read.file.header.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, "") : h))),
      rowCount: sheet.rows.length,
      errorCount: 0,
      createCount: 0,
      updateCount: 0,
      unchangedCount: 0,
      skippedCount: 0,
      failure: null,
      sendAt: null,
      createdAt: now,
      finishedAt: null,
    };
    const pages = toPages(id, sheet.rows);
    const record = await this.dataSource.transaction(async (manager) => {
      await insertRows(manager, Import, [validating]);
      await writePages(manager, pages);
      const checked = await checking;
      const count = (action: RowAction) => checked.actions?.filter((a) => a.action === action).length ?? 0;
      const done: Import = {
        ...validating,
        status: checked.problems.length ? ImportStatus.INVALID : ImportStatus.READY,
        errorCount: checked.problems.length,
        createCount: count("CREATE"),
        updateCount: count("UPDATE"),
        unchangedCount: count("UNCHANGED"),
        skippedCount: count("SKIPPED"),
        finishedAt: checked.problems.length ? now : null,
      };
      if (checked.actions) await writeActions(manager, id, pages, checked.actions);
      const errors: ImportError[] = checked.problems.map((p, position) => ({ importId: id, position, row: p.row, column: p.column, value: p.value, message: p.message.slice(0, 500) }));
      await insertRows(manager, ImportError, errors);
      await manager.query(
        "UPDATE `import` SET status = ?, error_count = ?, create_count = ?, update_count = ?, unchanged_count = ?, skipped_count = ?, finished_at = ? WHERE id = ?",
        [done.status, done.errorCount, done.createCount, done.updateCount, done.unchangedCount, done.skippedCount, done.finishedAt ? sqlDateTimeParam(done.finishedAt) : null, id],
      );
      await recordAudit(manager, actor, actor.trustId, { action: "IMPORT_UPLOADED", subjectType: "Import", subjectId: id, detail: { kind, filename: done.filename, rows: done.rowCount, errors: done.errorCount } });
      await this.finished.queue(manager, done, now);
      return done;
    });
    return { ok: true, import: record };
  }

  private async check(actor: Actor, kind: ImportKind, sheet: Sheet, now: Date): Promise<Checked> {
    if (kind === "STAFF") {
      const staff = await planStaffImport(this.dataSource, actor, sheet, now);
      return { kind, problems: staff.problems, actions: staff.problems.length ? null : staff.actions, staff };
    }
    const invitations = await checkInvitationImport(this.dataSource, this.invites, actor, sheet, now);
    return { kind, problems: invitations.problems, actions: invitations.plan?.actions ?? null, invitations };
  }

  /** One import the actor may see, or null (another trust's, another school's, or none). */
  async byId(actor: Actor, id: string): Promise<Import | null> {
    const visible = importPolicy.visible(actor);
    const [row] = await selectRows<Record<string, unknown>>(this.dataSource, `SELECT ${COLUMNS} FROM \`import\` imp WHERE imp.id = ? AND ${visible.sql}`, [id, ...visible.params]);
    return row ? toImport(row) : null;
  }

  /** The import history, newest first. */
  async list(actor: Actor, args: { first?: number | null; after?: string | null }): Promise<Page<Import>> {
    const first = checkPageSize(args.first);
    const visible = importPolicy.visible(actor);
    const params = [...visible.params];
    let where = visible.sql;
    if (args.after) {
      where += ` AND ${keysetCondition(IMPORT_ORDER, decodeCursor(args.after, IMPORT_ORDER), (_i, value) => {
        params.push(value instanceof Date ? sqlDateTimeParam(value) : value);
        return "?";
      })}`;
    }
    const rows = await selectRows<Record<string, unknown>>(this.dataSource, `SELECT ${COLUMNS} FROM \`import\` imp WHERE ${where} ORDER BY ${orderBy(IMPORT_ORDER)} LIMIT ${first + 1}`, params);
    return toPage(rows.map(toImport), IMPORT_ORDER, first, async () => {
      const [count] = await selectRows<{ total: number | string }>(this.dataSource, `SELECT COUNT(*) AS total FROM \`import\` imp WHERE ${visible.sql}`, visible.params);
      return Number(count?.total ?? 0);
    }, args.after);
  }

  /** A page of an import's problems in row order; `after` is how many were read already. */
  /** Which page of an import's problems `first` and `after` ask for (`after`: how many were read already). */
  errorPage(importId: string, first: number, after: string | null): ProblemPage {
    const size = checkPageSize(first);
    const skip = after ? Number.parseInt(after, 10) : 0;
    return { importId, from: Number.isInteger(skip) && skip >= 0 ? skip : 0, size };
  }

  /**
   * A page of the rows approving leaves out, in row order, each with its reason (the preview's
   * "skipped"); `after` is how many skipped rows were read already.
   */
  async skippedRows(record: PlannedImport, first: number, after: string | null): Promise<SkippedRow[]> {
    const rows = await this.plannedRows(record, "SKIPPED", record.skippedCount, first, after);
    return rows.map(({ reason, ...row }) => ({ ...row, ...skipReason(reason) }));
  }

  /** A page of the rows approving changes, in row order, each with what it changes (the preview's "update"). */
  async updatedRows(record: PlannedImport, first: number, after: string | null): Promise<UpdatedRow[]> {
    const rows = await this.plannedRows(record, "UPDATE", record.updateCount, first, after);
    return rows.map(({ reason, ...row }) => ({ ...row, changed: changedFields(reason) }));
  }

  /** A page of the stored rows with this planned action; only pages holding one are read. */
  private async plannedRows(record: PlannedImport, action: RowAction, total: number, first: number, after: string | null) {
    const size = checkPageSize(first);
    const skip = after ? Number.parseInt(after, 10) : 0;
    let from = Number.isInteger(skip) && skip >= 0 ? skip : 0;
    if (total === 0 || from >= total) return [];
    const match = matchHeader(record.kind, JSON.parse(record.header) as string[]);
    if (!match.ok) return [];
    const cell = (cells: string[], column: string) => {
      const at = match.index.get(column);
      const value = at === undefined ? "" : (cells[at] ?? "").trim();
      return value === "" ? null : value;
    };
    const out: { row: number; email: string; productCode: string | null; schoolUrn: string | null; reason: string | null }[] = [];
    for await (const rows of readRows(this.dataSource, record.id, 2, action)) {
      for (const r of rows) {
        if (r.action?.action !== action) continue;
        if (from > 0) {
          from--;
          continue;
        }
        out.push({ row: r.row, email: cell(r.cells, "email") ?? "", productCode: cell(r.cells, "product_code"), schoolUrn: cell(r.cells, "school_urn"), reason: r.action.reason });
        if (out.length >= size) return out;
      }
    }
    return out;
  }

  /** The uploaded rows with their problems, for the error file: in row order. */
  async *errorFile(record: Import): AsyncGenerator<{ header: string[]; cells: string[]; errors: string[] }> {
    const header = JSON.parse(record.header) as string[];
    const problems = await selectRows<{ row: number; column: string | null; message: string }>(
      this.dataSource,
      "SELECT `row`, `column`, message FROM `import_error` WHERE import_id = ? ORDER BY position",
      [record.id],
    );
    const byRow = new Map<number, string[]>();
    for (const p of problems) {
      const text = p.column ? `${p.column}: ${p.message}` : p.message;
      const list = byRow.get(Number(p.row));
      if (list) list.push(text);
      else byRow.set(Number(p.row), [text]);
    }
    for await (const rows of readRows(this.dataSource, record.id)) {
      for (const r of rows) yield { header, cells: r.cells, errors: byRow.get(r.row) ?? [] };
    }
  }

  /** Commits every row in one transaction (rule 11); a second approval, or one of an import not READY, is refused. */
  async approve(actor: Actor, id: string, sendAt: Date | null, now = new Date()): Promise<{ import: Import | null; errors: UserError[] }> {
    const record = await this.byId(actor, id);
    if (!record) return { import: null, errors: [userError("NOT_FOUND", "No import with this id that you can see: pick one from the import history.", ["id"])] };
    if (record.status !== ImportStatus.READY) return { import: record, errors: [userError(`IMPORT_${record.status}`, STATUS_REFUSAL[record.status] ?? "This import can't be approved.", ["id"])] };
    // The lock: of two approvals at once, one moves READY to APPROVED; the other finds it moved.
    const claimed = await execute(this.dataSource.manager, "UPDATE `import` SET status = 'APPROVED' WHERE id = ? AND status = 'READY'", [id]);
    if (claimed !== 1) return { import: await this.byId(actor, id), errors: [userError("IMPORT_APPROVED", STATUS_REFUSAL.APPROVED!, ["id"])] };

    const send = sendAt && sendAt > now ? sendAt : now;
    try {
      const sheet = await this.storedSheet(record);
      // Rule 4 is held by unique keys: when a concurrent invite wins a race for a row's
      // person, the commit is refused whole and checked again, now seeing the other's rows.
      for (let attempt = 1; ; attempt++) {
        try {
          await this.commit(actor, record, sheet, send, now);
          break;
        } catch (error) {
          if (!isWriteConflict(error) || attempt >= WRITE_ATTEMPTS) throw error;
          await sleep(Math.random() * 20 * attempt);
        }
      }
    } catch (error) {
      const message = error instanceof ImportFailure ? error.message : "The import couldn't be committed, and nothing of it was written: upload the file again, or ask for help if it happens again.";
      await execute(this.dataSource.manager, "UPDATE `import` SET status = 'FAILED', failure = ?, finished_at = ? WHERE id = ?", [message, sqlDateTimeParam(now), id]);
      if (!(error instanceof ImportFailure)) this.log(`import ${id} failed to commit: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { import: await this.byId(actor, id), errors: [userError("IMPORT_FAILED", message, ["id"])] };
    }
    return { import: await this.byId(actor, id), errors: [] };
  }

  /** Checks the stored rows again (the facts may have moved since the upload) and writes them in one transaction. */
  private async commit(actor: Actor, record: Import, sheet: Sheet, send: Date, now: Date): Promise<void> {
    const checked = await this.check(actor, record.kind, sheet, now);
    if (checked.problems.length) {
      const first = checked.problems[0]!;
      throw new ImportFailure(`${checked.problems.length} row(s) are no longer valid (row ${first.row}: ${first.message}). Upload the file again to see every problem.`);
    }
    const count = (action: RowAction) => checked.actions?.filter((a) => a.action === action).length ?? 0;
    const counts = { createCount: count("CREATE"), updateCount: count("UPDATE"), unchangedCount: count("UNCHANGED"), skippedCount: count("SKIPPED") };
    await this.dataSource.transaction(async (manager) => {
      if (checked.kind === "INVITATIONS") await writeInvitationPlan(manager, this.invites, actor, checked.invitations, { sendAt: send, now }, record.filename);
      else await writeStaffPlan(manager, checked.staff);
      await manager.query(
        "UPDATE `import` SET status = 'COMMITTED', send_at = ?, finished_at = ?, create_count = ?, update_count = ?, unchanged_count = ?, skipped_count = ? WHERE id = ?",
        [sqlDateTimeParam(send), sqlDateTimeParam(now), counts.createCount, counts.updateCount, counts.unchangedCount, counts.skippedCount, record.id],
      );
      await recordAudit(manager, actor, actor.trustId, { action: "IMPORT_COMMITTED", subjectType: "Import", subjectId: record.id, detail: { created: counts.createCount, updated: counts.updateCount } });
      await this.finished.queue(manager, { ...record, ...counts, status: ImportStatus.COMMITTED }, now);
    });
  }

  /** Discards an import not yet committed: REJECTED, its rows deleted. */
  async reject(actor: Actor, id: string): Promise<{ import: Import | null; errors: UserError[] }> {
    const record = await this.byId(actor, id);
    if (!record) return { import: null, errors: [userError("NOT_FOUND", "No import with this id that you can see: pick one from the import history.", ["id"])] };
    const changed = await execute(this.dataSource.manager, "UPDATE `import` SET status = 'REJECTED', finished_at = ? WHERE id = ? AND status IN ('READY', 'INVALID')", [sqlDateTimeParam(new Date()), id]);
    if (changed !== 1) {
      const now = (await this.byId(actor, id))!;
      return { import: now, errors: [userError(`IMPORT_${now.status}`, now.status === "REJECTED" ? "This import was rejected already." : STATUS_REFUSAL[now.status] ?? "This import can't be rejected now.", ["id"])] };
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query("DELETE FROM `import_page` WHERE import_id = ?", [id]);
      await recordAudit(manager, actor, actor.trustId, { action: "IMPORT_REJECTED", subjectType: "Import", subjectId: id });
    });
    return { import: await this.byId(actor, id), errors: [] };
  }

  private async storedSheet(record: Import): Promise<Sheet> {
    const header = JSON.parse(record.header) as string[];
    const match = matchHeader(record.kind, header);
    if (!match.ok) throw new ImportFailure(match.error);
    return new Sheet(header, await readAllCells(this.dataSource, record.id), match.index);
  }
}

class ImportFailure extends Error {}

type PlannedImport = Pick<Import, "id" | "kind" | "header" | "skippedCount" | "updateCount">;

export interface UpdatedRow {
  row: number;
  email: string;
  productCode: string | null;
  schoolUrn: string | null;
  changed: string[];
}

/** A stored "role, expiry" (an invitations file) or "firstName, jobTitle" (a staff file) as words: ["role", "expiry"], ["first name", "job title"]. */
function changedFields(stored: string | null): string[] {
  return (stored ?? "")
    .split(",")
    .map((f) => f.trim().replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase())
    .filter(Boolean);
}

export interface SkippedRow {
  row: number;
  email: string;
  productCode: string | null;
  schoolUrn: string | null;
  reason: string;
  message: string;
}

/** The skip reasons in plain English, for whoever reads the preview. */
const SKIP_MESSAGES: Record<string, string> = {
  NO_SUBSCRIPTION: "There is no active subscription to this product here, so nobody can be invited to it until there is one.",
  ALREADY_INVITED: "This person already holds an open invitation to this product here: it is left as it is.",
  ALREADY_HAS_ACCESS: "This person already has this access, so there is nothing to invite them to.",
  NOT_ALLOWED: "You may not invite this person to this product: they are not on your school's roster.",
  UNKNOWN_ROLE: "This product has no such role: use one of the product's role codes.",
};

/** A stored reason ("CODE: words") as its code and a sentence. */
function skipReason(stored: string | null): { reason: string; message: string } {
  const text = stored ?? "";
  const colon = text.indexOf(":");
  const reason = colon > 0 ? text.slice(0, colon) : text || "SKIPPED";
  const words = colon > 0 ? text.slice(colon + 1).trim() : "";
  const known = SKIP_MESSAGES[reason];
  if (known) return { reason, message: known };
  if (words) return { reason, message: `${words.charAt(0).toUpperCase()}${words.slice(1)}${/[.!?]$/.test(words) ? "" : "."}` };
  return { reason, message: "Approving leaves this row out." };
}

/** Who uploaded an import, as the history shows it: the admin's email, or "API key <name>". */
export function uploaderLabel(record: Pick<Import, "uploadedBy" | "uploadedByKind">): string {
  return record.uploadedByKind === "api-key" ? `API key ${record.uploadedBy.replace(/^api-key:/, "")}` : record.uploadedBy;
}

/** Dates as parameters of hand-written SQL, on either driver. */
const sqlDateTimeParam = (date: Date) => date.toISOString().replace("T", " ").replace("Z", "");
