// invitationStats: the invitations a filter matches, counted by state, day, school and product,
// in the database. Every part is answered from the tallies (invitation-tally.ts) when they can
// say exactly, and otherwise by counting the rows under the list's own WHERE
// (invitation.filter.ts): either way the same invitations as the list's totalCount.
import type { DataSource } from "typeorm";
import { InvitationState } from "@lanyard/shared";
import { selectRows, type Sql } from "../../db/raw.js";
import { badInput } from "../../graphql/errors.js";
import type { Actor } from "../auth/actor.js";
import {
  acceptTallyAnswers,
  daysTallyWhere,
  invitationWhere,
  productTallyWhere,
  schoolOutcomesSql,
  schoolOutcomesTallySql,
  sentDaysTallyWhere,
  tallyWhere,
} from "../invitation/invitation.filter.js";
import { dayOf, minutesBetween } from "../invitation/invitation-tally.js";
import type { InvitationFilter } from "../invitation/invitation.types.js";
import type { CountByDay, CountByProduct, CountBySchool, CountByState, InvitationStats } from "./stats.types.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** The dashboard's days when none are asked for: the last 30, today included. */
export const DEFAULT_DAYS = 30;
/** The most days one answer covers: two years, day by day. */
export const MAX_DAYS = 731;

/** Lifecycle order, as the dashboard shows the states. */
const STATES: InvitationState[] = [
  InvitationState.SCHEDULED,
  InvitationState.PENDING,
  InvitationState.ACCEPTED,
  InvitationState.DECLINED,
  InvitationState.CANCELLED,
  InvitationState.EXPIRED,
];

type Row = Record<string, unknown>;

/**
 * The UTC days from `from`'s to `to`'s, both included (`to` defaults to now, `from` to 29 days
 * before `to`: the last 30 days); refused with how to fix it when backwards or too long.
 */
export function statsDays(from: Date | null | undefined, to: Date | null | undefined, now = new Date()): string[] {
  const end = to ?? now;
  const start = from ?? new Date(end.getTime() - (DEFAULT_DAYS - 1) * DAY_MS);
  const first = Math.floor(start.getTime() / DAY_MS);
  const last = Math.floor(end.getTime() / DAY_MS);
  if (last < first) throw badInput(`\`from\` (${start.toISOString()}) is after \`to\` (${end.toISOString()}): swap them, or leave either out.`, ["from"]);
  if (last - first + 1 > MAX_DAYS) {
    throw badInput(`From ${start.toISOString().slice(0, 10)} to ${end.toISOString().slice(0, 10)} is ${last - first + 1} days; ask for at most ${MAX_DAYS} days at once.`, ["from"]);
  }
  return Array.from({ length: last - first + 1 }, (_, i) => new Date((first + i) * DAY_MS).toISOString().slice(0, 10));
}

/** The median of a histogram (value → how many), or null when it is empty. */
export function histogramMedian(rows: { value: number; n: number }[]): number | null {
  const sorted = rows.filter((r) => r.n > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, r) => sum + r.n, 0);
  if (total === 0) return null;
  // The values at 1-based positions lo and hi (the same one when the count is odd).
  const lo = Math.floor((total + 1) / 2);
  const hi = Math.floor(total / 2) + 1;
  let seen = 0;
  let low: number | null = null;
  for (const r of sorted) {
    seen += r.n;
    if (low === null && seen >= lo) low = r.value;
    if (seen >= hi) return (low! + r.value) / 2;
  }
  return low;
}

export class InvitationStatsService {
  constructor(private readonly dataSource: DataSource) {}

  private get dialect(): "mariadb" | "sqlite" {
    return this.dataSource.options.type === "better-sqlite3" ? "sqlite" : "mariadb";
  }

  private rows(sql: Sql): Promise<Row[]> {
    return selectRows<Row>(this.dataSource, sql.sql, sql.params);
  }

  async stats(actor: Actor, filter: InvitationFilter | null, from?: Date | null, to?: Date | null, now = new Date()): Promise<InvitationStats> {
    const days = statsDays(from, to, now);
    const [byState, bySchool, byProduct, byDay, medianMinutes] = await Promise.all([
      this.byState(actor, filter),
      this.bySchool(actor, filter),
      this.byProduct(actor, filter),
      this.byDay(actor, filter, days),
      this.medianMinutes(actor, filter),
    ]);
    const count = (state: InvitationState) => byState.find((s) => s.state === state)!.count;
    const total = byState.reduce((sum, s) => sum + s.count, 0);
    const decided = total - count(InvitationState.SCHEDULED) - count(InvitationState.CANCELLED);
    return {
      total,
      byState,
      byDay,
      bySchool,
      byProduct,
      acceptanceRate: decided > 0 ? count(InvitationState.ACCEPTED) / decided : 0,
      medianHoursToAccept: medianMinutes === null ? null : medianMinutes / 60,
    };
  }

  private async byState(actor: Actor, filter: InvitationFilter | null): Promise<CountByState[]> {
    const counts = tallyWhere(actor, filter);
    const days = counts ? null : sentDaysTallyWhere(actor, filter);
    let sql: Sql;
    if (counts) sql = { sql: `SELECT t.state AS state, SUM(t.n) AS n FROM \`invitation_tally\` t WHERE ${counts.sql} GROUP BY t.state`, params: counts.params };
    else if (days) sql = { sql: `SELECT d.state AS state, SUM(d.n) AS n FROM \`invitation_day_tally\` d WHERE ${days.sql} GROUP BY d.state`, params: days.params };
    else {
      const where = invitationWhere(actor, filter);
      sql = { sql: `SELECT inv.state AS state, COUNT(*) AS n FROM \`invitation\` inv WHERE ${where.sql} GROUP BY inv.state`, params: where.params };
    }
    const found = new Map((await this.rows(sql)).map((r) => [r.state as string, Number(r.n)]));
    return STATES.map((state) => ({ state, count: found.get(state) ?? 0 }));
  }

  /** As the organisation view counts them (the school each is listed under; a school admin's own). */
  private async bySchool(actor: Actor, filter: InvitationFilter | null): Promise<CountBySchool[]> {
    const sql = schoolOutcomesTallySql(actor, filter) ?? schoolOutcomesSql(actor, filter);
    const rows = await this.rows(sql);
    return rows
      .map((r) => ({ schoolId: r.school_id as string, total: Number(r.total), accepted: Number(r.accepted), pending: Number(r.unresolved) }))
      .filter((r) => r.total > 0)
      .sort((a, b) => b.total - a.total || (a.schoolId < b.schoolId ? -1 : 1));
  }

  private async byProduct(actor: Actor, filter: InvitationFilter | null): Promise<CountByProduct[]> {
    const tallied = productTallyWhere(actor, filter);
    let sql: Sql;
    if (tallied) {
      sql = {
        sql: `SELECT t.facet_product AS product_id, SUM(t.n) AS total,
                     SUM(CASE WHEN t.state = 'ACCEPTED' THEN t.n ELSE 0 END) AS accepted,
                     SUM(CASE WHEN t.state = 'PENDING' THEN t.n ELSE 0 END) AS pending
              FROM \`invitation_tally\` t WHERE ${tallied.sql} GROUP BY t.facet_product`,
        params: tallied.params,
      };
    } else {
      const where = invitationWhere(actor, filter);
      sql = {
        sql: `SELECT it.product_id AS product_id, COUNT(DISTINCT inv.id) AS total,
                     COUNT(DISTINCT CASE WHEN inv.state = 'ACCEPTED' THEN inv.id END) AS accepted,
                     COUNT(DISTINCT CASE WHEN inv.state = 'PENDING' THEN inv.id END) AS pending
              FROM \`invitation\` inv JOIN \`invitation_item\` it ON it.invitation_id = inv.id
              WHERE ${where.sql} GROUP BY it.product_id`,
        params: where.params,
      };
    }
    const rows = await this.rows(sql);
    return rows
      .map((r) => ({ productId: r.product_id as string, total: Number(r.total), accepted: Number(r.accepted), pending: Number(r.pending) }))
      .filter((r) => r.total > 0)
      .sort((a, b) => b.total - a.total || (a.productId < b.productId ? -1 : 1));
  }

  private async byDay(actor: Actor, filter: InvitationFilter | null, days: string[]): Promise<CountByDay[]> {
    const first = days[0]!;
    const last = days[days.length - 1]!;
    const tallied = daysTallyWhere(actor, filter);
    let sql: Sql;
    if (tallied) {
      sql = {
        sql: `SELECT d.day AS day, d.kind AS kind, SUM(d.n) AS n FROM \`invitation_day_tally\` d
              WHERE ${tallied.sql} AND d.day >= ? AND d.day <= ? GROUP BY d.day, d.kind`,
        params: [...tallied.params, first, last],
      };
    } else {
      const where = invitationWhere(actor, filter);
      const start = new Date(`${first}T00:00:00.000Z`);
      const end = new Date(new Date(`${last}T00:00:00.000Z`).getTime() + DAY_MS);
      const sent = dayOf(this.dialect, "inv.sent_at");
      const accepted = dayOf(this.dialect, "inv.responded_at");
      sql = {
        sql: `SELECT ${sent} AS day, 'SENT' AS kind, COUNT(*) AS n FROM \`invitation\` inv
              WHERE ${where.sql} AND inv.sent_at >= ? AND inv.sent_at < ? GROUP BY ${sent}
              UNION ALL
              SELECT ${accepted} AS day, 'ACCEPTED' AS kind, COUNT(*) AS n FROM \`invitation\` inv
              WHERE ${where.sql} AND inv.state = 'ACCEPTED' AND inv.responded_at >= ? AND inv.responded_at < ? GROUP BY ${accepted}`,
        params: [...where.params, start, end, ...where.params, start, end],
      };
    }
    const counts = new Map<string, { sent: number; accepted: number }>(days.map((day) => [day, { sent: 0, accepted: 0 }]));
    for (const r of await this.rows(sql)) {
      const day = counts.get(String(r.day));
      if (!day) continue;
      if (r.kind === "SENT") day.sent += Number(r.n);
      else day.accepted += Number(r.n);
    }
    return days.map((day) => ({ day, ...counts.get(day)! }));
  }

  /** The median whole minutes from sent to accepted of the accepted invitations the filter matches. */
  private async medianMinutes(actor: Actor, filter: InvitationFilter | null): Promise<number | null> {
    const tallied = acceptTallyAnswers(actor, filter);
    if (tallied === "none") return null;
    let sql: Sql;
    if (tallied === "accepted") {
      sql = { sql: "SELECT a.minutes AS value, SUM(a.n) AS n FROM `invitation_accept_tally` a WHERE a.trust_id = ? GROUP BY a.minutes", params: [actor.trustId] };
    } else {
      const where = invitationWhere(actor, filter);
      const minutes = minutesBetween(this.dialect, "inv.sent_at", "inv.responded_at");
      sql = {
        sql: `SELECT ${minutes} AS value, COUNT(*) AS n FROM \`invitation\` inv
              WHERE ${where.sql} AND inv.state = 'ACCEPTED' AND inv.sent_at IS NOT NULL AND inv.responded_at IS NOT NULL AND inv.responded_at >= inv.sent_at
              GROUP BY ${minutes}`,
        params: where.params,
      };
    }
    const rows = await this.rows(sql);
    return histogramMedian(rows.map((r) => ({ value: Number(r.value), n: Number(r.n) })));
  }
}
