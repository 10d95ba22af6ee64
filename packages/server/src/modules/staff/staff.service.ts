import { type DataSource } from "typeorm";
import { issuesOf, staffRowSchema, type StaffRow } from "@lanyard/shared";
import { newId } from "../../db/id.js";
import { selectRows } from "../../db/raw.js";
import { checkPageSize, decodeCursor, toPage, type Page, type SortKey } from "../../graphql/cursor.js";
import { rosterCount, rosterPage } from "./roster.query.js";
import { userError, type UserError } from "../../graphql/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import type { Actor } from "../auth/actor.js";
import { forbidden } from "../../graphql/errors.js";
import { School } from "../school/school.entity.js";
import type { User } from "../user/user.entity.js";
import { Staff } from "./staff.entity.js";
import { staffPolicy } from "./staff.policy.js";
import type { StaffFilter, StaffInput, UpsertStaffPayload } from "./staff.types.js";

/** A roster row, with its school and account when the caller asked for them. */
export interface RosterRow extends Pick<Staff, "id" | "trustId" | "schoolId" | "misId" | "firstName" | "lastName" | "email" | "jobTitle"> {
  school?: Pick<School, "id" | "trustId" | "urn" | "name" | "postcode" | "localAuthority" | "phase">;
  /** null: no account of this trust has the email (rule 5: other trusts' accounts never show). */
  user?: Pick<User, "id" | "email" | "firstName" | "lastName"> | null;
}

const STAFF_ORDER: SortKey<RosterRow>[] = [
  { column: "staff.last_name", direction: "ASC", value: (s) => s.lastName },
  { column: "staff.first_name", direction: "ASC", value: (s) => s.firstName },
  { column: "staff.id", direction: "ASC", value: (s) => s.id },
];

export const MAX_UPSERT_ROWS = 5000;
const CHUNK = 500;

function rosterRow(r: Record<string, string | null>, include: { school?: boolean; user?: boolean }): RosterRow {
  const row: RosterRow = {
    id: r.s_id!,
    trustId: r.s_trust_id!,
    schoolId: r.s_school_id!,
    misId: r.s_mis_id!,
    firstName: r.s_first_name!,
    lastName: r.s_last_name!,
    email: r.s_email!,
    jobTitle: r.s_job_title ?? null,
  };
  if (include.school) {
    row.school = { id: row.schoolId, trustId: row.trustId, urn: r.sc_urn!, name: r.sc_name!, postcode: r.sc_postcode ?? null, localAuthority: r.sc_local_authority ?? null, phase: r.sc_phase ?? null };
  }
  if (include.user) {
    row.user = r.u_id ? { id: r.u_id, email: r.u_email!, firstName: r.u_first_name!, lastName: r.u_last_name! } : null;
  }
  return row;
}

/**
 * A person's key on a roster. MIS ids match exactly, case and accents included: "abc" and "ABC"
 * are two people, as the binary-collated (school_id, mis_id) index holds them on both databases.
 */
const rosterKey = (schoolId: string, misId: string) => `${schoolId}\u0000${misId}`;

export class StaffService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A page of the roster. The school and account each row needs come in the same statement
   * when asked for (`include`), so a page costs one query whatever it shows.
   */
  async list(
    actor: Actor,
    args: { first?: number | null; after?: string | null; filter?: StaffFilter | null },
    include: { school?: boolean; user?: boolean } = {},
  ): Promise<Page<RosterRow>> {
    const first = checkPageSize(args.first);
    const filter = { trustId: actor.trustId, scope: staffPolicy.visibleSchools(actor), schoolId: args.filter?.schoolId, search: args.filter?.search, notUserOfProduct: args.filter?.notUserOfProduct };
    const page = rosterPage(filter, STAFF_ORDER, args.after ? decodeCursor(args.after, STAFF_ORDER) : null, first + 1, include);
    const rows = await selectRows<Record<string, string | null>>(this.dataSource, page.sql, page.params);
    return toPage(
      rows.map((r) => rosterRow(r, include)),
      STAFF_ORDER,
      first,
      async () => {
        const count = rosterCount(filter);
        const [row] = await selectRows<{ total: number | string }>(this.dataSource, count.sql, count.params);
        return Number(row?.total ?? 0);
      },
      args.after,
    );
  }

  /**
   * Creates or updates roster rows by (school, MIS id), set-based: one read, then multi-row
   * upserts. Any bad row stops the whole batch, so a sync is never half-applied.
   */
  async upsert(actor: Actor, input: StaffInput[]): Promise<UpsertStaffPayload> {
    if (!actor.canWrite) throw forbidden("This API key is read-only: use a key with write access to change the roster.");
    const none = { created: 0, updated: 0, unchanged: 0 };
    if (input.length > MAX_UPSERT_ROWS) {
      return { ...none, errors: [userError("TOO_MANY_ROWS", `Send at most ${MAX_UPSERT_ROWS} people per call; split the list into batches.`, ["input"])] };
    }

    const schoolIds = [...new Set(input.map((row) => row.schoolId))];
    const schools = schoolIds.length
      ? await this.dataSource.getRepository(School).createQueryBuilder("school").where("school.trust_id = :trustId", { trustId: actor.trustId }).andWhere("school.id IN (:...schoolIds)", { schoolIds }).getMany()
      : [];
    const known = new Set(schools.map((s) => s.id));

    const errors: UserError[] = [];
    const rows: (StaffRow & { schoolId: string })[] = [];
    const seen = new Map<string, number>();
    input.forEach((raw, index) => {
      if (!known.has(raw.schoolId) || !staffPolicy.write(actor, raw.schoolId)) {
        errors.push(userError("UNKNOWN_SCHOOL", "No school with this id in your trust that you may change: use an id from the `schools` query.", ["input", String(index), "schoolId"]));
        return;
      }
      const parsed = staffRowSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of issuesOf(parsed.error)) errors.push(userError("INVALID_VALUE", issue.message, ["input", String(index), ...issue.path]));
        return;
      }
      const key = rosterKey(raw.schoolId, parsed.data.misId);
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push(userError("DUPLICATE_ROW", `MIS id ${parsed.data.misId} appears twice for this school (also at input ${first}): keep one row per person.`, ["input", String(index), "misId"]));
        return;
      }
      seen.set(key, index);
      rows.push({ ...parsed.data, schoolId: raw.schoolId });
    });
    if (errors.length) return { ...none, errors };
    if (rows.length === 0) return { ...none, errors: [] };

    return this.dataSource.transaction(async (manager) => {
      const existing = await manager
        .getRepository(Staff)
        .createQueryBuilder("staff")
        .where("staff.trust_id = :trustId", { trustId: actor.trustId })
        .andWhere("staff.school_id IN (:...schoolIds)", { schoolIds })
        .andWhere("staff.mis_id IN (:...misIds)", { misIds: [...new Set(rows.map((r) => r.misId))] })
        .getMany();
      const byKey = new Map(existing.map((s) => [rosterKey(s.schoolId, s.misId), s]));
      const now = new Date();
      const writes: Staff[] = [];
      let created = 0;
      let updated = 0;
      let unchanged = 0;
      for (const row of rows) {
        const current = byKey.get(rosterKey(row.schoolId, row.misId));
        if (!current) {
          created++;
          writes.push({ id: newId(), trustId: actor.trustId, ...row, createdAt: now, updatedAt: now });
        } else if (
          current.firstName !== row.firstName ||
          current.lastName !== row.lastName ||
          current.email !== row.email ||
          current.jobTitle !== row.jobTitle
        ) {
          updated++;
          writes.push({ ...current, ...row, updatedAt: now });
        } else {
          unchanged++;
        }
      }
      for (let i = 0; i < writes.length; i += CHUNK) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(Staff)
          .values(writes.slice(i, i + CHUNK))
          .orUpdate(["first_name", "last_name", "email", "job_title", "updated_at"], ["school_id", "mis_id"])
          .updateEntity(false)
          .execute();
      }
      await recordAudit(manager, actor, actor.trustId, { action: "STAFF_UPSERTED", subjectType: "Staff", detail: { created, updated, unchanged } });
      return { created, updated, unchanged, errors: [] };
    });
  }
}
