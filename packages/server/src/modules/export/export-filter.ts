// The Invitations screen's filter (GraphQL InvitationFilter) read from an export's query
// string, so "export what I'm looking at" is the same rows: `states=PENDING,EXPIRED&schoolId=…`.
import { DeliveryState, InvitationState } from "@lanyard/shared";
import type { InvitationFilter } from "../invitation/invitation.types.js";

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATES = Object.values(InvitationState) as string[];
const DELIVERIES = Object.values(DeliveryState) as string[];
const KNOWN = ["states", "productId", "roleId", "cohortId", "schoolId", "search", "sentFrom", "sentTo", "expiresFrom", "expiresTo", "delivery", "unresolved"] as const;

export type FilterParse = { filter: InvitationFilter } | { error: string };

/** The filter, or a message saying which parameter is wrong and how to write it. */
export function parseExportFilter(query: Record<string, unknown>): FilterParse {
  const unknown = Object.keys(query).filter((name) => !(KNOWN as readonly string[]).includes(name));
  if (unknown.length) return { error: `Unknown filter ${unknown.join(", ")}: use ${KNOWN.join(", ")}.` };
  const text: Partial<Record<(typeof KNOWN)[number], string>> = {};
  for (const name of KNOWN) {
    const value = query[name];
    if (Array.isArray(value)) return { error: `Give ${name} once.` };
    if (typeof value === "string" && value.trim() !== "") text[name] = value.trim();
  }
  const filter: InvitationFilter = {};
  if (text.states) {
    const states = text.states.split(",").map((s) => s.trim().toUpperCase());
    const wrong = states.filter((s) => !STATES.includes(s));
    if (wrong.length) return { error: `states: ${wrong.join(", ")} is not a state; use a comma-separated list of ${STATES.join(", ")}.` };
    filter.states = states as InvitationState[];
  }
  for (const name of ["productId", "roleId", "cohortId", "schoolId"] as const) {
    if (!text[name]) continue;
    if (!ID.test(text[name])) return { error: `${name}: "${text[name]}" is not an id; copy the id from Lanyard (like 0190a8c2-7f3e-7a11-9b2c-1d2e3f405162).` };
    filter[name] = text[name];
  }
  if (text.search) filter.search = text.search;
  for (const name of ["sentFrom", "sentTo", "expiresFrom", "expiresTo"] as const) {
    if (!text[name]) continue;
    const at = /^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/.test(text[name]) ? new Date(text[name].replace(" ", "T")) : null;
    if (!at || Number.isNaN(at.getTime())) return { error: `${name}: "${text[name]}" is not a date; write it as ISO-8601, like 2026-09-01 or 2026-09-01T08:00:00Z.` };
    filter[name] = at;
  }
  if (text.delivery) {
    const delivery = text.delivery.toUpperCase();
    if (!DELIVERIES.includes(delivery)) return { error: `delivery: "${text.delivery}" is not a delivery state; use one of ${DELIVERIES.join(", ")}.` };
    filter.delivery = delivery as DeliveryState;
  }
  if (text.unresolved) {
    if (text.unresolved !== "true" && text.unresolved !== "false") return { error: `unresolved: write true or false, not "${text.unresolved}".` };
    filter.unresolved = text.unresolved === "true";
  }
  return { filter };
}
