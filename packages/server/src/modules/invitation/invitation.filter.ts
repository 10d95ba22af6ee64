// The invitations matching an InvitationFilter within the caller's scope, as a portable SQL
// WHERE clause over `invitation inv`: shared by the list, its count, the organisation view,
// bulk resend and cancel, so "all N matching this filter" means the same rows everywhere.
import { InvitationState } from "@lanyard/shared";
import { likePattern, likePositional, searchWords } from "../../db/like.js";
import { placeholders, type Sql } from "../../db/raw.js";
import type { Actor } from "../auth/actor.js";
import { invitationPolicy } from "./invitation.policy.js";
import type { InvitationFilter } from "./invitation.types.js";

export type { Sql };

const SEARCHED = ["inv.email", "inv.first_name", "inv.last_name"];
export const OPEN_STATES: InvitationState[] = [InvitationState.SCHEDULED, InvitationState.PENDING];

const TRUST_ONLY = "inv.trust_id = ?";

/** The invitations the actor sees (invitation.policy.ts) that match the filter. */
export function invitationWhere(actor: Actor, filter: InvitationFilter | null | undefined): Sql {
  const visible = invitationPolicy.visible(actor);
  const clauses = [visible.sql];
  const params: unknown[] = [...visible.params];
  const add = (sql: string, ...values: unknown[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  if (!filter) return { sql: clauses.join(" AND "), params };

  if (filter.states?.length) add(`inv.state IN (${placeholders(filter.states.length)})`, ...filter.states);
  if (filter.unresolved === true) add(`inv.state IN (${placeholders(OPEN_STATES.length)})`, ...OPEN_STATES);
  if (filter.unresolved === false) add(`inv.state NOT IN (${placeholders(OPEN_STATES.length)})`, ...OPEN_STATES);
  if (filter.schoolId && invitationPolicy.narrowsBySchool(actor, filter.schoolId)) add("inv.school_id = ?", filter.schoolId);
  if (filter.delivery) add("inv.delivery = ?", filter.delivery);
  if (filter.sentFrom) add("inv.sent_at >= ?", filter.sentFrom);
  if (filter.sentTo) add("inv.sent_at <= ?", filter.sentTo);
  if (filter.expiresFrom) add("inv.expires_at >= ?", filter.expiresFrom);
  if (filter.expiresTo) add("inv.expires_at <= ?", filter.expiresTo);
  const item = itemConditions(filter);
  if (item) add(`EXISTS (SELECT 1 FROM \`invitation_item\` it WHERE it.invitation_id = inv.id AND ${item.sql})`, ...item.params);
  for (const word of searchWords(filter.search)) {
    add(`(${SEARCHED.map(likePositional).join(" OR ")})`, ...SEARCHED.map(() => likePattern(word)));
  }
  return { sql: clauses.join(" AND "), params };
}

/**
 * Whether the filter narrows the trust's invitations by its search alone (no other condition, no
 * school admin's scope): then nothing but the search index narrows the walk.
 */
export function searchesAlone(actor: Actor, filter: InvitationFilter | null | undefined): boolean {
  return !!filter && searchWords(filter.search).length > 0 && nothingElse(actor, filter, { search: null });
}

/** Whether the filter, with these fields cleared, leaves only the trust itself (no scope either). */
function nothingElse(actor: Actor, filter: InvitationFilter, cleared: Partial<InvitationFilter>): boolean {
  return invitationWhere(actor, { ...filter, ...cleared }).sql === TRUST_ONLY;
}

/** Whether the filter looks into the invitations' items (product, role or cohort). */
export function filtersItems(filter: InvitationFilter | null | undefined): boolean {
  return !!filter && itemConditions(filter) !== null;
}

/** The filter's conditions on an invitation's items (product, role, cohort) over `invitation_item it`. */
function itemConditions(filter: InvitationFilter): Sql | null {
  const item: string[] = [];
  const params: unknown[] = [];
  if (filter.productId) (item.push("it.product_id = ?"), params.push(filter.productId));
  if (filter.roleId) (item.push("it.role_id = ?"), params.push(filter.roleId));
  if (filter.cohortId) (item.push("it.cohort_id = ?"), params.push(filter.cohortId));
  return item.length ? { sql: item.join(" AND "), params } : null;
}

/**
 * A statement answering how many invitations invitationWhere matches, as `total`: from the
 * tallies when they can say (tallyCountSql), otherwise from the rows.
 *
 * Filtered by items alone (product, role, cohort) across the whole trust, it counts the
 * matching items' invitations instead of testing every invitation of the trust for such an
 * item: on the large seed (1,000,000 invitations), counting the 328,869 with the commonest
 * product took 3.1–4.6 s invitation by invitation and 0.5 s from the items. An item carries
 * its invitation's trust, so the two answers are the same. Any condition on the invitation
 * itself, or a school admin's scope, keeps the general form, led by the invitation's indexes.
 */
export function invitationCountSql(actor: Actor, filter: InvitationFilter | null | undefined): Sql {
  // Whatever the tallies can answer, they answer: a few hundred rows instead of every invitation.
  const tallied = tallyCountSql(actor, filter);
  if (tallied) return tallied;
  const item = filter ? itemConditions(filter) : null;
  if (filter && item && nothingElse(actor, filter, { productId: null, roleId: null, cohortId: null })) {
    return {
      sql: `SELECT COUNT(DISTINCT it.invitation_id) AS total FROM \`invitation_item\` it WHERE it.trust_id = ? AND ${item.sql}`,
      params: [actor.trustId, ...item.params],
    };
  }
  const where = invitationWhere(actor, filter);
  return { sql: `SELECT COUNT(*) AS total FROM \`invitation\` inv WHERE ${where.sql}`, params: where.params };
}

/**
 * The organisation view's counts: per school, by outcome, over the invitations the filter
 * matches. Every column it reads is in IDX_invitation_school_outcomes, so an unfiltered trust is
 * counted from that index alone.
 */
export function schoolOutcomesSql(actor: Actor, filter: InvitationFilter | null | undefined): Sql {
  const where = invitationWhere(actor, filter);
  const school = invitationPolicy.countedUnder(actor);
  return {
    sql: `SELECT ${school.sql} AS school_id, COUNT(*) AS total,
              SUM(CASE WHEN inv.state = 'PENDING' THEN 1 ELSE 0 END) AS unresolved,
              SUM(CASE WHEN inv.state = 'SCHEDULED' OR inv.awaiting_approval = 1 THEN 1 ELSE 0 END) AS unsent,
              SUM(CASE WHEN inv.state = 'ACCEPTED' THEN 1 ELSE 0 END) AS accepted,
              SUM(CASE WHEN inv.delivery = 'FAILED' THEN 1 ELSE 0 END) AS errors,
              MAX(inv.sent_at) AS last_sent_at
       FROM \`invitation\` inv WHERE ${where.sql} AND ${school.sql} IS NOT NULL GROUP BY ${school.sql}`,
    params: [...school.params, ...where.params, ...school.params, ...school.params],
  };
}

/**
 * How many of the invitations the filter matches the actor may resend or cancel, as `total`;
 * null when every one (invitation.policy.ts).
 */
export function changeableCountSql(actor: Actor, filter: InvitationFilter | null | undefined): Sql | null {
  const changeable = invitationPolicy.changeable(actor);
  if (!changeable) return null;
  const where = invitationWhere(actor, filter);
  return { sql: `SELECT COUNT(*) AS total FROM \`invitation\` inv WHERE ${where.sql} AND ${changeable.sql}`, params: [...where.params, ...changeable.params] };
}

// ---- The same counts from the tallies (invitation-tally.ts), where they can answer exactly ----

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The filter's conditions on what every tally row records of its invitations (state, listed
 * school, delivery), over the tally aliased `alias`; null when the filter asks for anything
 * else of the invitation itself (a search; dates sent, which only the day tally knows) or the
 * actor sees less than the whole trust.
 */
function tallyTraits(alias: string, actor: Actor, filter: InvitationFilter | null | undefined, options: { sentDays: boolean }): Sql | null {
  if (!invitationPolicy.seesWholeTrust(actor)) return null;
  const clauses = [`${alias}.trust_id = ?`];
  const params: unknown[] = [actor.trustId];
  const add = (sql: string, ...values: unknown[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  if (!filter) return { sql: clauses.join(" AND "), params };
  if (searchWords(filter.search).length) return null;
  if ((filter.sentFrom || filter.sentTo) && !options.sentDays) return null;
  if (filter.expiresFrom || filter.expiresTo) return null; // no tally records expiry
  if (filter.states?.length) add(`${alias}.state IN (${placeholders(filter.states.length)})`, ...filter.states);
  if (filter.unresolved === true) add(`${alias}.state IN (${placeholders(OPEN_STATES.length)})`, ...OPEN_STATES);
  if (filter.unresolved === false) add(`${alias}.state NOT IN (${placeholders(OPEN_STATES.length)})`, ...OPEN_STATES);
  if (filter.schoolId && invitationPolicy.narrowsBySchool(actor, filter.schoolId)) add(`${alias}.school_id = ?`, filter.schoolId);
  if (filter.delivery) add(`${alias}.delivery = ?`, filter.delivery);
  return { sql: clauses.join(" AND "), params };
}

/**
 * The rows of `invitation_tally t` whose n add up to exactly the invitations invitationWhere
 * matches; null when the tallies can't say (then the rows are counted).
 */
export function tallyWhere(actor: Actor, filter: InvitationFilter | null | undefined): Sql | null {
  const traits = tallyTraits("t", actor, filter, { sentDays: false });
  if (!traits) return null;
  const item = filter ? facet(filter) : { sql: "t.facet_product = '' AND t.facet_role = '' AND t.facet_cohort = ''", params: [] };
  return { sql: `${traits.sql} AND ${item.sql}`, params: [...traits.params, ...item.params] };
}

/**
 * The facet (invitation-tally.entity.ts) of the filter's item conditions: the invitations with
 * an item of this product, role and cohort, whichever are given. A role or cohort belongs to one
 * product: without a product, it is that one's (none, when the id is unknown: nothing counts).
 */
function facet(filter: InvitationFilter): Sql {
  const params: unknown[] = [];
  let product = "''";
  if (filter.productId) (product = "?"), params.push(filter.productId);
  else if (filter.roleId) (product = "(SELECT fr.product_id FROM `product_role` fr WHERE fr.id = ?)"), params.push(filter.roleId);
  else if (filter.cohortId) (product = "(SELECT fc.product_id FROM `cohort` fc WHERE fc.id = ?)"), params.push(filter.cohortId);
  params.push(filter.roleId ?? "", filter.cohortId ?? "");
  return { sql: `t.facet_product = ${product} AND t.facet_role = ? AND t.facet_cohort = ?`, params };
}

/** A time at 00:00:00.000 UTC: the start of its day. */
const startsDay = (at: Date) => at.getTime() % DAY_MS === 0;
/** A time at 23:59:59.999 UTC: the last instant of its day (sentAt is kept to the millisecond). */
const endsDay = (at: Date) => (at.getTime() + 1) % DAY_MS === 0;

/**
 * The rows of `invitation_day_tally d` (kind SENT) that add up to exactly the invitations
 * invitationWhere matches, for a filter by dates sent on whole UTC days (from 00:00:00.000 to
 * 23:59:59.999, as the date pickers send them) and nothing about items or text; null otherwise.
 */
export function sentDaysTallyWhere(actor: Actor, filter: InvitationFilter | null | undefined): Sql | null {
  if (!filter || (!filter.sentFrom && !filter.sentTo) || filtersItems(filter)) return null;
  if ((filter.sentFrom && !startsDay(filter.sentFrom)) || (filter.sentTo && !endsDay(filter.sentTo))) return null;
  const traits = tallyTraits("d", actor, filter, { sentDays: true });
  if (!traits) return null;
  const clauses = [traits.sql, "d.kind = 'SENT'"];
  const params = [...traits.params];
  if (filter.sentFrom) (clauses.push("d.day >= ?"), params.push(filter.sentFrom.toISOString().slice(0, 10)));
  if (filter.sentTo) (clauses.push("d.day <= ?"), params.push(filter.sentTo.toISOString().slice(0, 10)));
  return { sql: clauses.join(" AND "), params };
}

/**
 * The rows of `invitation_day_tally d` for the dashboard's days (SENT and ACCEPTED), when the
 * filter asks nothing of items, text or dates sent; null otherwise.
 */
export function daysTallyWhere(actor: Actor, filter: InvitationFilter | null | undefined): Sql | null {
  if (filter && (filtersItems(filter) || filter.sentFrom || filter.sentTo)) return null;
  return tallyTraits("d", actor, filter, { sentDays: false });
}

/** The statement answering the count from a tally, as `total`; null when no tally can. */
export function tallyCountSql(actor: Actor, filter: InvitationFilter | null | undefined): Sql | null {
  const counts = tallyWhere(actor, filter);
  if (counts) return { sql: `SELECT COALESCE(SUM(t.n), 0) AS total FROM \`invitation_tally\` t WHERE ${counts.sql}`, params: counts.params };
  const days = sentDaysTallyWhere(actor, filter);
  if (days) return { sql: `SELECT COALESCE(SUM(d.n), 0) AS total FROM \`invitation_day_tally\` d WHERE ${days.sql}`, params: days.params };
  return null;
}

/**
 * The organisation view's counts (as schoolOutcomesSql, without `last_sent_at`) from the
 * tallies, when they can answer the filter exactly; null otherwise.
 */
export function schoolOutcomesTallySql(actor: Actor, filter: InvitationFilter | null | undefined): Sql | null {
  const counts = tallyWhere(actor, filter);
  const days = counts ? null : sentDaysTallyWhere(actor, filter);
  const where = counts ?? days;
  if (!where) return null;
  const [table, a] = counts ? ["invitation_tally", "t"] : ["invitation_day_tally", "d"];
  return {
    sql: `SELECT ${a}.school_id AS school_id, SUM(${a}.n) AS total,
              SUM(CASE WHEN ${a}.state = 'PENDING' THEN ${a}.n ELSE 0 END) AS unresolved,
              SUM(CASE WHEN ${a}.state = 'SCHEDULED' OR ${a}.awaiting_approval = 1 THEN ${a}.n ELSE 0 END) AS unsent,
              SUM(CASE WHEN ${a}.state = 'ACCEPTED' THEN ${a}.n ELSE 0 END) AS accepted,
              SUM(CASE WHEN ${a}.delivery = 'FAILED' THEN ${a}.n ELSE 0 END) AS errors
       FROM \`${table}\` ${a} WHERE ${where.sql} AND ${a}.school_id <> '' GROUP BY ${a}.school_id HAVING SUM(${a}.n) > 0`,
    params: where.params,
  };
}

/**
 * The rows of `invitation_tally t` counting, per product, the invitations the filter matches
 * that hold that product (t.facet_product); null when the filter asks about items itself or the
 * tallies can't answer it.
 */
export function productTallyWhere(actor: Actor, filter: InvitationFilter | null | undefined): Sql | null {
  if (filtersItems(filter)) return null;
  const traits = tallyTraits("t", actor, filter, { sentDays: false });
  if (!traits) return null;
  return { sql: `${traits.sql} AND t.facet_product <> '' AND t.facet_role = '' AND t.facet_cohort = ''`, params: traits.params };
}

/**
 * Whether the accept tally (accepted invitations by minutes to accept, trust-wide) holds exactly
 * the accepted invitations the filter matches: "accepted" | "none" (the filter excludes ACCEPTED)
 * | null (it narrows them some other way, or the actor sees less than the trust).
 */
export function acceptTallyAnswers(actor: Actor, filter: InvitationFilter | null | undefined): "accepted" | "none" | null {
  if (!invitationPolicy.seesWholeTrust(actor)) return null;
  if (!filter) return "accepted";
  const { states, unresolved, ...rest } = filter;
  if (Object.values(rest).some((v) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))) return null;
  if (unresolved === true) return "none";
  if (states?.length && !states.includes(InvitationState.ACCEPTED)) return "none";
  return "accepted";
}
