// An invitations file end to end: facts loaded in sets, rows checked and planned (pure), and
// the approved plan written through InviteService's own write path (never a second one), with
// the rows that change existing items updated in sets in the same transaction.
import type { DataSource, EntityManager } from "typeorm";
import { chunks, insertRows } from "../../db/bulk.js";
import { placeholders, sqlDateTime } from "../../db/raw.js";
import { recordAudits } from "../audit/audit.service.js";
import type { Actor } from "../auth/actor.js";
import { tallyChange } from "../invitation/invitation-tally.js";
import { recordHistory } from "../invitation/invitation-history.js";
import type { InviteService, Names } from "../invitation/invite.service.js";
import { Staff } from "../staff/staff.entity.js";
import type { RowProblem } from "./import-sheet.js";
import type { Sheet } from "./import-sheet.js";
import { checkInvitationRows, planInvitationRows, planPeople, type InvitationPlan, type ItemUpdate } from "./invitation-import.check.js";
import { loadInvitationFacts, type InvitationFacts } from "./invitation-import.facts.js";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface CheckedInvitations {
  problems: RowProblem[];
  plan: InvitationPlan | null;
  facts: InvitationFacts;
}

export async function checkInvitationImport(db: DataSource, invites: InviteService, actor: Actor, sheet: Sheet, now: Date): Promise<CheckedInvitations> {
  const facts = await loadInvitationFacts(db, actor, sheet, now);
  const { problems, lines, newStaff } = checkInvitationRows(actor, sheet, facts, now);
  if (problems.length) return { problems, plan: null, facts };
  // Rule 5: who has an account and is a member of the trust, and what the members hold already.
  const people = planPeople(lines);
  const memberIds = await invites.accounts(actor.trustId, people);
  const held = await invites.heldAccesses(actor.trustId, memberIds, [...new Set(lines.map((l) => l.productId))]);
  const plan = planInvitationRows(actor, sheet.rows.length, lines, facts, {
    people,
    hasAccess: (userId, productId, schoolId) => held.has(`${userId}|${productId}|${schoolId ?? ""}`),
  }, newStaff);
  return { problems, plan, facts };
}

/** Approving: every new invitation and every change, in the caller's transaction. */
export async function writeInvitationPlan(
  manager: EntityManager,
  invites: InviteService,
  actor: Actor,
  checked: CheckedInvitations,
  when: { sendAt: Date; now: Date },
  filename: string,
): Promise<void> {
  const { plan, facts } = checked;
  if (!plan) return;
  // People new to a roster first: their invitations name them.
  if (plan.staff.length) await insertRows(manager, Staff, plan.staff);
  if (plan.create.length) {
    const products = [...facts.productsByCode.values()];
    const names: Names = {
      trust: facts.trust,
      products: new Map(products.map((p) => [p.id, p])),
      roles: new Map([...facts.rolesByProduct.values()].flat().map((r) => [r.id, r])),
      schools: new Map([...facts.schoolsByUrn.values()].map((s) => [s.id, s])),
    };
    const expiresAt = new Date(Math.max(when.now.getTime(), when.sendAt.getTime()) + facts.trust.defaultInviteExpiryDays * DAY_MS);
    // Slice by slice, still in the one transaction: only a slice's invitations, items, emails and
    // history sit in memory at once (100,000 rows at once grew the server by 870 MB, `pnpm bench`).
    for (const slice of chunks(plan.create, WRITE_SLICE)) {
      await invites.writeIn(manager, actor, { invitations: slice, skipped: [] }, names, facts.keys, { expiresAt, sendAt: when.sendAt, now: when.now });
    }
  }
  if (plan.updates.length) {
    // The counts (invitation-tally.ts) follow the items' new roles and cohorts in this transaction.
    const changed = [...new Set(plan.updates.map((u) => u.item.invitationId))];
    await tallyChange(manager, changed, () => writeUpdates(manager, actor, plan.updates, when.now, filename), { itemsChange: true });
  }
}

/** People written at a time by a commit. */
const WRITE_SLICE = 5_000;

/** The items' role and cohort, then their invitations' names and expiry, each in CASE updates of a few hundred rows. */
async function writeUpdates(manager: EntityManager, actor: Actor, updates: ItemUpdate[], now: Date, filename: string) {
  for (const part of chunks(updates, 500)) {
    const ids = part.map((u) => u.item.itemId);
    const cases = (value: (u: ItemUpdate) => unknown) => ({ sql: `CASE id ${part.map(() => "WHEN ? THEN ?").join(" ")} END`, params: part.flatMap((u) => [u.item.itemId, value(u)]) });
    const role = cases((u) => u.roleId);
    const cohort = cases((u) => u.cohortId);
    await manager.query(`UPDATE \`invitation_item\` SET role_id = ${role.sql}, cohort_id = ${cohort.sql} WHERE id IN (${placeholders(ids.length)})`, [
      ...role.params,
      ...cohort.params,
      ...ids,
    ]);
  }
  // One invitation may have several changed items: its last row's names and expiry stand.
  const byInvitation = new Map(updates.map((u) => [u.item.invitationId, u]));
  for (const part of chunks([...byInvitation.values()], 500)) {
    const ids = part.map((u) => u.item.invitationId);
    const cases = (value: (u: ItemUpdate) => unknown) => ({ sql: `CASE id ${part.map(() => "WHEN ? THEN ?").join(" ")} END`, params: part.flatMap((u) => [u.item.invitationId, value(u)]) });
    const first = cases((u) => u.firstName);
    const last = cases((u) => u.lastName);
    const expiry = cases((u) => sqlDateTime(u.expiresAt));
    await manager.query(
      `UPDATE \`invitation\` SET first_name = ${first.sql}, last_name = ${last.sql}, expires_at = ${expiry.sql} WHERE id IN (${placeholders(ids.length)}) AND state IN ('SCHEDULED', 'PENDING')`,
      [...first.params, ...last.params, ...expiry.params, ...ids],
    );
  }
  const trustId = actor.trustId;
  await recordHistory(
    manager,
    trustId,
    actor.label,
    updates.map((u) => ({ invitationId: u.item.invitationId, kind: "UPDATED", detail: `${u.changed.join(", ")} changed by the import of ${filename}` })),
    now,
  );
  await recordAudits(
    manager,
    actor,
    trustId,
    updates.map((u) => ({ action: "INVITATION_UPDATED", subjectType: "Invitation", subjectId: u.item.invitationId, detail: { item: u.item.itemId, changed: u.changed, import: filename } })),
    now,
  );
}
