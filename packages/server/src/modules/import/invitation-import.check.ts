// An invitations file checked whole (rule 11) and planned row by row (rule 12), in memory from
// the facts loaded in sets: pure, so each rule reads plainly here.
import { emailSchema, InvitationState, normaliseEmail, normaliseName, normaliseUrn, ProductLevel, PERSON_NAME_MAX_LENGTH } from "@lanyard/shared";
import { newId } from "../../db/id.js";
import type { Actor } from "../auth/actor.js";
import type { Staff } from "../staff/staff.entity.js";
import { invitationPolicy } from "../invitation/invitation.policy.js";
import { planInvitations, type PlannedInvitation, type PlanPerson, type PlanProduct, type SkipReason } from "../invitation/invite.plan.js";
import { importPolicy } from "./import.policy.js";
import { Sheet, shown, type RowProblem } from "./import-sheet.js";
import { fileTime, parseTime } from "./import-values.js";
import { misKey, placeKey, type ExistingItem, type InvitationFacts, type RosterPerson } from "./invitation-import.facts.js";

/** A row's values once every one is known good. */
export interface InvitationLine {
  index: number;
  email: string;
  firstName: string | null;
  lastName: string | null;
  productId: string;
  roleId: string;
  schoolId: string | null;
  cohortId: string | null;
  /** Whether the file says the cohort (the column is there): an empty cell then means none. */
  cohortGiven: boolean;
  expiresAt: Date | null;
  roster: RosterPerson | null;
  /** The item this row is (rule 12): named by invitation_id, or the open one for the same person, product and school. */
  existing: ExistingItem | null;
}

export type RowAction = "CREATE" | "UPDATE" | "UNCHANGED" | "SKIPPED";

/** What approving does with each row. */
export interface InvitationPlan {
  actions: { action: RowAction; reason: string | null }[];
  create: PlannedInvitation[];
  /** Items to change, with the invitation fields that change beside them. */
  updates: ItemUpdate[];
  /** People the file adds to a school's roster, for the invitations created for them. */
  staff: Staff[];
}

export interface ItemUpdate {
  item: ExistingItem;
  roleId: string;
  cohortId: string | null;
  firstName: string | null;
  lastName: string | null;
  expiresAt: Date;
  /** The fields that change, in words for the history: "role", "expiry", … */
  changed: string[];
}

const OPEN: string[] = [InvitationState.SCHEDULED, InvitationState.PENDING];

/** Every problem in the file, and each good row's values. */
export function checkInvitationRows(actor: Actor, sheet: Sheet, facts: InvitationFacts, now: Date): { problems: RowProblem[]; lines: InvitationLine[]; newStaff: Staff[] } {
  const problems: RowProblem[] = sheet.ragged();
  const lines: InvitationLine[] = [];
  const newStaff = new Map<string, Staff>();
  const seen = new Map<string, number>();
  const ownSchool = importPolicy.ownSchool(actor);
  const ownSchoolName = ownSchool ? [...facts.schoolsByUrn.values()].find((s) => s.id === ownSchool) : undefined;

  for (let i = 0; i < sheet.rows.length; i++) {
    const row = Sheet.rowNumber(i);
    const before = problems.length;
    const problem = (column: string | null, value: string, message: string) => problems.push({ row, column, value: shown(value), message });
    const cell = (column: string) => sheet.cell(i, column);

    const emailText = cell("email");
    let email = "";
    if (!emailText) problem("email", emailText, "Fill in the person's email address: every row invites one person.");
    else {
      const parsed = emailSchema.safeParse(emailText);
      if (parsed.success) email = parsed.data;
      else problem("email", emailText, `"${emailText.slice(0, 100)}" is not an email address: check it for typos (e.g. name@school.org.uk).`);
    }
    const names = (["first_name", "last_name"] as const).map((column) => {
      const text = normaliseName(cell(column));
      if (text.length > PERSON_NAME_MAX_LENGTH) problem(column, text, `A name can be at most ${PERSON_NAME_MAX_LENGTH} characters: shorten it.`);
      return text || null;
    });

    const code = cell("product_code");
    const product = code ? facts.productsByCode.get(code.toLowerCase()) : undefined;
    if (!code) problem("product_code", code, `Fill in the product code: one of ${[...facts.productsByCode.values()].map((p) => p.code).join(", ")}.`);
    else if (!product) problem("product_code", code, `No product has the code "${code.slice(0, 40)}" in your trust: use one of ${[...facts.productsByCode.values()].map((p) => p.code).join(", ")}.`);

    const roleCode = cell("role_code");
    const roles = product ? facts.rolesByProduct.get(product.id) ?? [] : [];
    const role = roleCode ? roles.find((r) => r.code.toLowerCase() === roleCode.toLowerCase()) : undefined;
    if (!roleCode) problem("role_code", roleCode, `Fill in the role code${product ? `: ${product.name}'s roles are ${roles.map((r) => r.code).join(", ")}` : ""}.`);
    else if (product && !role) problem("role_code", roleCode, `${product.name} has no role "${roleCode.slice(0, 40)}": use one of ${roles.map((r) => r.code).join(", ")}.`);

    const urn = cell("school_urn");
    const school = urn ? facts.schoolsByUrn.get(normaliseUrn(urn)) : undefined;
    if (urn && !school) problem("school_urn", urn, `No school with URN ${urn.slice(0, 20)} is in your trust: check the number (6 or 7 digits), or leave it empty for a trust-wide product.`);
    if (product?.level === ProductLevel.SCHOOL && !urn) problem("school_urn", urn, `${product.name} is given school by school: fill in the school's URN.`);
    if (product?.level === ProductLevel.TRUST && urn) problem("school_urn", urn, `${product.name} is a trust-wide product: leave school_urn empty.`);
    if (product?.level === ProductLevel.TRUST && !importPolicy.importAt(actor, null)) {
      problem("product_code", code, `${product.name} is managed by the trust: ask a trust admin to invite people to it, and remove this row.`);
    } else if (school && !importPolicy.importAt(actor, school.id)) {
      problem("school_urn", urn, `You can import only for ${ownSchoolName ? `${ownSchoolName.name} (URN ${ownSchoolName.urn})` : "your own school"}: remove this row, or ask a trust admin.`);
    }
    // Rule 2: a school-level product only where the school subscribes to it.
    if (product?.level === ProductLevel.SCHOOL && school && !facts.subscribed.has(`${product.id}|${school.id}`)) {
      problem("school_urn", urn, `${school.name} has no active subscription to ${product.name}: remove this row, or ask for the school to be subscribed first.`);
    }

    const cohortCode = cell("cohort_code");
    const cohort = cohortCode && product ? (facts.cohortsByProduct.get(product.id) ?? []).find((c) => c.code.toLowerCase() === cohortCode.toLowerCase()) : undefined;
    if (cohortCode && product && !cohort) {
      const known = (facts.cohortsByProduct.get(product.id) ?? []).map((c) => c.code);
      problem("cohort_code", cohortCode, `${product.name} has no cohort "${cohortCode.slice(0, 40)}": ${known.length ? `use one of ${known.join(", ")}, or` : "it has no cohorts, so"} leave it empty.`);
    }

    // Rule 12: the item an exported row is, by its invitation_id.
    let existing: ExistingItem | null = null;
    const invitationId = cell("invitation_id");
    if (invitationId) {
      const items = facts.itemsByInvitation.get(invitationId);
      if (!items) problem("invitation_id", invitationId, "No invitation with this id that you can see: leave invitation_id empty to invite the person afresh.");
      else if (email && items[0]!.email !== email) problem("email", emailText, `Invitation ${invitationId} is for ${items[0]!.email}: put that address back, or leave invitation_id empty to invite this one.`);
      else if (product && (school || product.level === ProductLevel.TRUST)) {
        existing = items.find((it) => it.productId === product.id && it.schoolId === (school?.id ?? null)) ?? null;
        if (!existing) problem("invitation_id", invitationId, `Invitation ${invitationId} has no ${product.name} item${school ? ` at ${school.name}` : ""}: leave invitation_id empty to invite the person to it afresh.`);
      }
    } else if (email && product) {
      existing = facts.openItems.get(placeKey(email, product.id, school?.id ?? null)) ?? null;
    }

    const expiryText = cell("expires_at");
    let expiresAt: Date | null = null;
    if (expiryText) {
      expiresAt = parseTime(expiryText);
      if (!expiresAt) problem("expires_at", expiryText, "Write the expiry as YYYY-MM-DD HH:MM:SS in UTC (e.g. 2027-01-31 17:00:00) or ISO-8601, or leave it empty for the trust's default.");
      // An exported row keeps its expiry as it was, passed or not: only a new one must lie ahead.
      else if (expiresAt <= now && !(existing && fileTime(existing.expiresAt) === fileTime(expiresAt))) {
        problem("expires_at", expiryText, "This expiry has passed: pick a later date, or leave it empty for the trust's default.");
      }
    }

    if (email && product && (school || product.level === ProductLevel.TRUST)) {
      const key = placeKey(email, product.id, school?.id ?? null);
      const first = seen.get(key);
      if (first !== undefined) problem(null, "", `Same as row ${first}: the same person, product and school appear twice. Keep one of the two rows.`);
      else seen.set(key, row);
    }

    const misId = cell("external_id");
    const byMisId = school && misId ? facts.rosterByMisId.get(misKey(school.id, misId)) : undefined;
    if (byMisId && email && normaliseEmail(byMisId.email) !== email) {
      problem("external_id", misId, `MIS id ${misId.slice(0, 64)} at ${school!.name} is ${byMisId.email} on the roster: correct the email or the external_id.`);
    }
    if (problems.length !== before || !product || !role) continue;
    let roster = byMisId ?? pickRoster(facts.rosterByEmail.get(email), school?.id ?? null) ?? null;
    // Someone not on the school's roster comes onto it with the file (import.policy.ts), named by their MIS id.
    if (school && !existing && roster?.schoolId !== school.id && misId && names[0] && names[1] && importPolicy.addsToRoster(actor)) {
      const key = misKey(school.id, misId);
      let added = newStaff.get(key);
      if (!added) {
        added = { id: newId(now.getTime()), trustId: actor.trustId, schoolId: school.id, misId, firstName: names[0], lastName: names[1], email, jobTitle: null, createdAt: now, updatedAt: now };
        newStaff.set(key, added);
      }
      roster = added;
    }
    lines.push({
      index: i,
      email,
      firstName: names[0]!,
      lastName: names[1]!,
      productId: product.id,
      roleId: role.id,
      schoolId: school?.id ?? null,
      cohortId: cohort?.id ?? null,
      cohortGiven: sheet.has("cohort_code"),
      expiresAt,
      roster,
      existing,
    });
  }
  problems.sort((a, b) => a.row - b.row);
  return { problems, lines, newStaff: [...newStaff.values()] };
}

/** The person's roster entry at the row's school, else their first. */
function pickRoster(list: RosterPerson[] | undefined, schoolId: string | null): RosterPerson | undefined {
  return list?.find((r) => r.schoolId === schoolId) ?? list?.[0];
}

/** What the members already hold and whether each person is one (rule 5): filled in by the service. */
export interface PeopleFacts {
  people: Map<string, PlanPerson>;
  hasAccess(userId: string, productId: string, schoolId: string | null): boolean;
}

/** The people the rows would invite, keyed by email, before their accounts are looked up. */
export function planPeople(lines: InvitationLine[]): Map<string, PlanPerson> {
  const people = new Map<string, PlanPerson>();
  for (const line of lines) {
    if (line.existing) continue;
    const known = people.get(line.email);
    if (known) {
      known.firstName ??= line.firstName;
      known.lastName ??= line.lastName;
      continue;
    }
    people.set(line.email, {
      email: line.email,
      firstName: line.firstName ?? line.roster?.firstName ?? null,
      lastName: line.lastName ?? line.roster?.lastName ?? null,
      staffId: line.roster?.id ?? null,
      rosterSchoolId: line.roster?.schoolId ?? null,
      userId: null,
      member: false,
    });
  }
  return people;
}

/**
 * Each row's action: an existing item updated or unchanged (rule 12), the rest planned as
 * inviteStaff plans them (rules 1, 2, 4 and 5), so a skipped row has a bulk invite's reason.
 */
export function planInvitationRows(actor: Actor, rowCount: number, lines: InvitationLine[], facts: InvitationFacts, people: PeopleFacts, newStaff: Staff[] = []): InvitationPlan {
  const actions: InvitationPlan["actions"] = Array.from({ length: rowCount }, () => ({ action: "SKIPPED" as RowAction, reason: null }));
  const updates: ItemUpdate[] = [];
  const groups = new Map<string, InvitationLine[]>();
  for (const line of lines) {
    if (line.existing) {
      const update = changes(line, line.existing);
      if (!update) actions[line.index] = { action: "UNCHANGED", reason: null };
      else if (!OPEN.includes(line.existing.state)) {
        actions[line.index] = { action: "SKIPPED", reason: `NOT_OPEN: this invitation is ${line.existing.state}, so its ${update.changed.join(", ")} can't change` };
      } else {
        actions[line.index] = { action: "UPDATE", reason: update.changed.join(", ") };
        updates.push(update);
      }
      continue;
    }
    // One invitation per person and expiry, carrying all their items.
    const key = `${line.email}|${line.expiresAt?.getTime() ?? ""}`;
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }

  const create: PlannedInvitation[] = [];
  const productById = new Map([...facts.productsByCode.values()].map((p) => [p.id, p]));
  for (const group of groups.values()) {
    const person = people.people.get(group[0]!.email)!;
    const products: PlanProduct[] = group.map((line) => {
      const product = productById.get(line.productId)!;
      return { productId: line.productId, level: product.level, acceptance: product.acceptance, roleId: line.roleId, schoolIds: line.schoolId ? [line.schoolId] : [], cohortId: line.cohortId };
    });
    const plan = planInvitations([person], products, {
      mayInvite: (p, schoolId) => invitationPolicy.invite(actor, p, schoolId),
      schoolInTrust: () => true,
      subscribed: (productId, schoolId) => facts.subscribed.has(`${productId}|${schoolId ?? ""}`),
      hasAccess: people.hasAccess,
      isInvited: (email, productId, schoolId) => facts.openItems.has(placeKey(email, productId, schoolId)),
    });
    const skipped = new Map(plan.skipped.map((s) => [`${s.productId}|${s.schoolId ?? ""}`, s.reason]));
    for (const line of group) {
      const reason = skipped.get(`${line.productId}|${line.schoolId ?? ""}`);
      actions[line.index] = reason ? { action: "SKIPPED", reason: skipWords(reason) } : { action: "CREATE", reason: null };
    }
    for (const invitation of plan.invitations) create.push(group[0]!.expiresAt ? { ...invitation, expiresAt: group[0]!.expiresAt } : invitation);
  }
  const invited = new Set(create.map((i) => i.person.staffId));
  return { actions, create, updates, staff: newStaff.filter((s) => invited.has(s.id)) };
}

const SKIP_WORDS: Record<SkipReason, string> = {
  NO_SUBSCRIPTION: "no active subscription to this product there",
  ALREADY_INVITED: "already holds an open invitation to it",
  ALREADY_HAS_ACCESS: "already has this access",
  NOT_ALLOWED: "not someone you may invite to it (not on your school's roster)",
  UNKNOWN_ROLE: "the product has no such role",
};
const skipWords = (reason: SkipReason) => `${reason}: ${SKIP_WORDS[reason]}`;

/** What a row changes of the item it is: role, cohort, expiry, names; null when nothing. */
function changes(line: InvitationLine, item: ExistingItem): ItemUpdate | null {
  const changed: string[] = [];
  const roleId = line.roleId;
  if (roleId !== item.roleId) changed.push("role");
  const cohortId = line.cohortGiven ? line.cohortId : item.cohortId;
  if (cohortId !== item.cohortId) changed.push("cohort");
  // An empty cell leaves a name or the expiry as it is.
  const expiresAt = line.expiresAt ?? item.expiresAt;
  if (fileTime(expiresAt) !== fileTime(item.expiresAt)) changed.push("expiry");
  const firstName = line.firstName ?? item.firstName;
  const lastName = line.lastName ?? item.lastName;
  if (firstName !== item.firstName || lastName !== item.lastName) changed.push("name");
  return changed.length ? { item, roleId, cohortId, firstName, lastName, expiresAt, changed } : null;
}
