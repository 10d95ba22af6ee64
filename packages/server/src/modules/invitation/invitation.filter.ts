// The invitations matching an InvitationFilter within the caller's scope, as a portable SQL
// WHERE clause over `invitation inv`: shared by the list, its count, the organisation view,
// bulk resend and cancel, so "all N matching this filter" means the same rows everywhere.
import { InvitationState } from "@lanyard/shared";
import { likePattern, likePositional, searchWords } from "../../db/like.js";
import { placeholders } from "../../db/raw.js";
import { schoolScope, type Actor } from "../auth/actor.js";
import type { InvitationFilter } from "./invitation.types.js";

export interface Sql {
  sql: string;
  params: unknown[];
}

const SEARCHED = ["inv.email", "inv.first_name", "inv.last_name"];
export const OPEN_STATES: InvitationState[] = [InvitationState.SCHEDULED, InvitationState.PENDING];

export function invitationWhere(actor: Actor, filter: InvitationFilter | null | undefined): Sql {
  const clauses = ["inv.trust_id = ?"];
  const params: unknown[] = [actor.trustId];
  const add = (sql: string, ...values: unknown[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  const scope = schoolScope(actor);
  if (scope) add(`inv.school_id IN (${placeholders(scope.length)})`, ...scope);
  if (!filter) return { sql: clauses.join(" AND "), params };

  if (filter.states?.length) add(`inv.state IN (${placeholders(filter.states.length)})`, ...filter.states);
  if (filter.unresolved === true) add(`inv.state IN (${placeholders(OPEN_STATES.length)})`, ...OPEN_STATES);
  if (filter.unresolved === false) add(`inv.state NOT IN (${placeholders(OPEN_STATES.length)})`, ...OPEN_STATES);
  if (filter.schoolId) add("inv.school_id = ?", filter.schoolId);
  if (filter.delivery) add("inv.delivery = ?", filter.delivery);
  if (filter.sentFrom) add("inv.sent_at >= ?", filter.sentFrom);
  if (filter.sentTo) add("inv.sent_at <= ?", filter.sentTo);
  if (filter.productId || filter.roleId || filter.cohortId) {
    const item: string[] = [];
    const values: unknown[] = [];
    if (filter.productId) (item.push("it.product_id = ?"), values.push(filter.productId));
    if (filter.roleId) (item.push("it.role_id = ?"), values.push(filter.roleId));
    if (filter.cohortId) (item.push("it.cohort_id = ?"), values.push(filter.cohortId));
    add(`EXISTS (SELECT 1 FROM \`invitation_item\` it WHERE it.invitation_id = inv.id AND ${item.join(" AND ")})`, ...values);
  }
  for (const word of searchWords(filter.search)) {
    add(`(${SEARCHED.map(likePositional).join(" OR ")})`, ...SEARCHED.map(() => likePattern(word)));
  }
  return { sql: clauses.join(" AND "), params };
}
