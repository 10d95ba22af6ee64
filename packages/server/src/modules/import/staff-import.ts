// A staff file (the roster): checked whole, then planned as created / updated / unchanged by
// (school, MIS id). Nobody missing from the file is removed: a file adds and updates only.
import { emailSchema, jobTitleSchema, misIdSchema, normaliseUrn, personNameSchema } from "@lanyard/shared";
import type { DataSource, EntityManager } from "typeorm";
import { chunks, insertRows } from "../../db/bulk.js";
import { newId } from "../../db/id.js";
import { placeholders, selectRows } from "../../db/raw.js";
import type { Actor } from "../auth/actor.js";
import { School } from "../school/school.entity.js";
import { Staff } from "../staff/staff.entity.js";
import { importPolicy } from "./import.policy.js";
import { Sheet, shown, type RowProblem } from "./import-sheet.js";
import type { RowAction } from "./invitation-import.check.js";

export interface StaffLine {
  index: number;
  schoolId: string;
  misId: string;
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string | null;
}

export interface StaffPlan {
  problems: RowProblem[];
  actions: { action: RowAction; reason: string | null }[];
  creates: Staff[];
  updates: Staff[];
}

const key = (schoolId: string, misId: string) => `${schoolId}\u0000${misId}`;

export async function planStaffImport(db: DataSource, actor: Actor, sheet: Sheet, now: Date): Promise<StaffPlan> {
  const schools = await db.getRepository(School).findBy({ trustId: actor.trustId });
  const byUrn = new Map(schools.map((s) => [normaliseUrn(s.urn), s]));
  const problems: RowProblem[] = sheet.ragged();
  const lines: StaffLine[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < sheet.rows.length; i++) {
    const row = Sheet.rowNumber(i);
    const before = problems.length;
    const problem = (column: string | null, value: string, message: string) => problems.push({ row, column, value: shown(value), message });
    const value = <T>(column: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, fix: string): T | undefined => {
      const text = sheet.cell(i, column);
      const parsed = schema.safeParse(text);
      if (parsed.success) return parsed.data;
      problem(column, text, `${parsed.error.issues[0]?.message ?? "Not a valid value"}: ${fix}`);
      return undefined;
    };
    const urn = sheet.cell(i, "school_urn");
    const school = urn ? byUrn.get(normaliseUrn(urn)) : undefined;
    if (!urn) problem("school_urn", urn, "Fill in the URN of the school whose roster the person is on.");
    else if (!school) problem("school_urn", urn, `No school with URN ${urn.slice(0, 20)} is in your trust: check the number (6 or 7 digits).`);
    else if (!importPolicy.importAt(actor, school.id)) problem("school_urn", urn, "You can import only your own school's roster: remove this row, or ask a trust admin.");
    const misId = sheet.cell(i, "mis_id") ? value<string>("mis_id", misIdSchema, "use the person's id in your MIS.") : (problem("mis_id", "", "Fill in the person's MIS id: the roster matches people by school and MIS id."), undefined);
    const firstName = value<string>("first_name", personNameSchema, "fill in the first name.");
    const lastName = value<string>("last_name", personNameSchema, "fill in the last name.");
    const emailText = sheet.cell(i, "email");
    const email = emailText ? value<string>("email", emailSchema, "check it for typos (e.g. name@school.org.uk).") : (problem("email", "", "Fill in the person's email address."), undefined);
    const jobTitle = value<string | null>("job_title", jobTitleSchema, "shorten it.");
    if (school && misId) {
      const first = seen.get(key(school.id, misId));
      if (first !== undefined) problem("mis_id", misId, `Same as row ${first}: MIS id ${misId.slice(0, 64)} appears twice for ${school.name}. Keep one row per person.`);
      else seen.set(key(school.id, misId), row);
    }
    if (problems.length === before && school && misId && firstName && lastName && email) {
      lines.push({ index: i, schoolId: school.id, misId, firstName, lastName, email, jobTitle: jobTitle ?? null });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  const actions = Array.from({ length: sheet.rows.length }, () => ({ action: "SKIPPED" as RowAction, reason: null as string | null }));
  if (problems.length) return { problems, actions, creates: [], updates: [] };

  // The people already on these rosters, by MIS id, in chunked IN lists.
  const existing = new Map<string, Staff>();
  const misIds = [...new Set(lines.map((l) => l.misId))];
  const schoolIds = [...new Set(lines.map((l) => l.schoolId))];
  for (const list of chunks(misIds)) {
    const rows = await selectRows<{ id: string; school_id: string; mis_id: string; first_name: string; last_name: string; email: string; job_title: string | null; created_at: Date | string }>(
      db,
      `SELECT id, school_id, mis_id, first_name, last_name, email, job_title, created_at FROM \`staff\`
       WHERE trust_id = ? AND school_id IN (${placeholders(schoolIds.length)}) AND mis_id IN (${placeholders(list.length)})`,
      [actor.trustId, ...schoolIds, ...list],
    );
    for (const r of rows) {
      existing.set(key(r.school_id, r.mis_id), {
        id: r.id, trustId: actor.trustId, schoolId: r.school_id, misId: r.mis_id, firstName: r.first_name, lastName: r.last_name, email: r.email, jobTitle: r.job_title,
        createdAt: new Date(r.created_at), updatedAt: now,
      });
    }
  }
  const creates: Staff[] = [];
  const updates: Staff[] = [];
  for (const line of lines) {
    const current = existing.get(key(line.schoolId, line.misId));
    const values = { schoolId: line.schoolId, misId: line.misId, firstName: line.firstName, lastName: line.lastName, email: line.email, jobTitle: line.jobTitle };
    if (!current) {
      creates.push({ id: newId(now.getTime()), trustId: actor.trustId, ...values, createdAt: now, updatedAt: now });
      actions[line.index] = { action: "CREATE", reason: null };
      continue;
    }
    // A file without the job_title column leaves job titles as they are.
    if (!sheet.has("job_title")) values.jobTitle = current.jobTitle;
    const changed = (["firstName", "lastName", "email", "jobTitle"] as const).filter((f) => current[f] !== values[f]);
    if (changed.length === 0) {
      actions[line.index] = { action: "UNCHANGED", reason: null };
      continue;
    }
    updates.push({ ...current, ...values, updatedAt: now });
    actions[line.index] = { action: "UPDATE", reason: changed.join(", ") };
  }
  return { problems, actions, creates, updates };
}

/** Writes the plan in the caller's transaction: new people in multi-row inserts, changed ones in multi-row upserts. */
export async function writeStaffPlan(manager: EntityManager, plan: StaffPlan): Promise<void> {
  await insertRows(manager, Staff, plan.creates);
  for (const part of chunks(plan.updates, 500)) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Staff)
      .values(part)
      .orUpdate(["first_name", "last_name", "email", "job_title", "updated_at"], ["school_id", "mis_id"])
      .updateEntity(false)
      .execute();
  }
}
