import type { DataSource } from "typeorm";
import { withoutMaterialization } from "../../db/optimizer.js";
import { placeholders, selectRows, sqlDate } from "../../db/raw.js";
import { checkPageSize, decodeCursor, keysetCondition, orderBy, toPage, type Page } from "../../graphql/cursor.js";
import type { Actor } from "../auth/actor.js";
import { INVITATION_SCHOOL_SENT_INDEX, INVITATION_SEARCH_INDEX, Invitation } from "./invitation.entity.js";
import { changeableCountSql, filtersItems, invitationCountSql, invitationWhere, schoolOutcomesSql, schoolOutcomesTallySql, searchesAlone, type Sql } from "./invitation.filter.js";
import { fetchPageItems, listedSchoolSql, readListedSchools, type PageRelations, type PageRelationsWanted } from "./invitation-page.query.js";
import { INVITATION_COLUMNS, INVITATION_ORDER, toInvitation, type InvitationRow } from "./invitation.row.js";
import type { InvitationFilter, InvitationObject, SchoolInvitationSummary } from "./invitation.types.js";

/** A page of invitations, with what it was read with. */
export type InvitationPage = Page<InvitationObject> & { relations: PageRelations | null; filter: InvitationFilter | null };

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  filter?: InvitationFilter | null;
  withTotal?: boolean;
  relations?: PageRelationsWanted | null;
}

/** Reading invitations: the list, one invitation, and the organisation view. */
export class InvitationReadService {
  private keysetIndexes: string | undefined;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * A page, newest first. With `withTotal` (the query shows totalCount) the count travels in the
   * page's own statement, as an uncorrelated subquery the database runs once: one round trip
   * instead of two (a round trip costs more here than counting a school's invitations). With
   * `relations`, the listed schools are joined in too, and the items follow in one statement
   * more (invitation-page.query.ts).
   */
  async list(actor: Actor, args: PageArgs): Promise<InvitationPage> {
    const first = checkPageSize(args.first);
    const { sql, params } = this.pageSql(actor, args);
    const rows = await selectRows<InvitationRow & { total_count?: number | string }>(this.dataSource, sql, params);
    // An empty first page counts nothing; an empty page after a cursor still has rows before it.
    const total = rows[0]?.total_count ?? (args.withTotal && !args.after ? 0 : undefined);
    const page = toPage(rows.map(toInvitation), INVITATION_ORDER, first, () => (total === undefined ? this.count(actor, args.filter) : Promise.resolve(Number(total))), args.after);
    const relations = args.relations ? await this.pageRelations(actor, rows.slice(0, first), page.edges, args.relations) : null;
    return Object.assign(page, { relations, filter: args.filter ?? null });
  }

  /** The page's one statement (and what the tests and `pnpm bench` explain). */
  pageSql(actor: Actor, args: PageArgs): Sql {
    const first = checkPageSize(args.first);
    const where = invitationWhere(actor, args.filter);
    const listed = args.relations?.listedSchool ? listedSchoolSql() : null;
    const params: unknown[] = [];
    let sql = `SELECT ${INVITATION_COLUMNS}${listed ? `, ${listed.select}` : ""}`;
    if (args.withTotal) {
      // The subquery's own `inv` is its own table: the name resolves to the nearest FROM.
      const count = invitationCountSql(actor, args.filter);
      sql += `, (${count.sql}) AS total_count`;
      params.push(...count.params);
    }
    sql += ` FROM \`invitation\` inv${this.indexHint(actor, args.filter, !!args.after)}${listed ? ` ${listed.join}` : ""} WHERE ${where.sql}`;
    params.push(...where.params);
    if (args.after) {
      sql += ` AND (${keysetCondition(INVITATION_ORDER, decodeCursor(args.after, INVITATION_ORDER), (_i, value) => {
        params.push(value);
        return "?";
      })})`;
    }
    sql += ` ORDER BY ${orderBy(INVITATION_ORDER)} LIMIT ?`;
    params.push(first + 1);
    return { sql: filtersItems(args.filter) ? withoutMaterialization(this.dataSource, sql) : sql, params };
  }

  /** The rows' listed schools (joined in) and, when asked, their items (one statement more). */
  private async pageRelations(actor: Actor, rows: InvitationRow[], edges: Page<InvitationObject>["edges"], wanted: PageRelationsWanted): Promise<PageRelations> {
    const related = wanted.items
      ? await fetchPageItems(this.dataSource, actor.trustId, edges.map((e) => e.node.id), wanted)
      : { items: [], products: [], roles: [], schools: [] };
    if (wanted.listedSchool) related.schools.push(...readListedSchools(rows));
    return related;
  }

  /** The index a page must walk, where the planner can't tell (below); none when it can. */
  private indexHint(actor: Actor, filter: InvitationFilter | null | undefined, afterCursor: boolean): string {
    const mariadb = this.dataSource.options.type === "mariadb" || this.dataSource.options.type === "mysql";
    // No planner can weigh a LIKE '%…%': both walk (trust_id, created_at, id) and look up every
    // row to test it. The search index tests them in the index (invitation.entity.ts).
    if (searchesAlone(actor, filter)) return mariadb ? ` FORCE INDEX (\`${INVITATION_SEARCH_INDEX}\`)` : ` INDEXED BY \`${INVITATION_SEARCH_INDEX}\``;
    return mariadb && afterCursor ? this.afterCursorHint() : "";
  }

  /**
   * MariaDB, a page after a cursor: FORCE INDEX over the keyset indexes (trust_id, …, created_at, id).
   * Deep in a large trust the cursor's range (`created_at <= :c`) still holds most of its rows, so
   * the optimizer rates that range no cheaper than a table scan, drops it, and walks `trust_id = ?`
   * from the newest row instead, reading every row before the cursor: page 10,000 of 1,000,000
   * took 1.3–2.5 s instead of ~1 ms (`pnpm bench`). FORCE INDEX only rules the table scan out; the
   * optimizer still picks among these indexes, and the range then starts at the cursor. Same rows,
   * same order.
   */
  private afterCursorHint(): string {
    this.keysetIndexes ??= (() => {
      const names = this.dataSource
        .getMetadata(Invitation)
        .indices.filter((index) => {
          const columns = index.columns.map((c) => c.databaseName);
          return columns[0] === "trust_id" && columns.slice(-2).join(",") === "created_at,id";
        })
        .map((index) => `\`${index.name}\``);
      return names.length ? ` FORCE INDEX (${names.join(", ")})` : "";
    })();
    return this.keysetIndexes;
  }

  async count(actor: Actor, filter: InvitationFilter | null | undefined): Promise<number> {
    const count = invitationCountSql(actor, filter);
    const [row] = await selectRows<{ total: number | string }>(this.dataSource, count.sql, count.params);
    return Number(row?.total ?? 0);
  }

  /**
   * How many of the invitations the filter matches the actor may resend or cancel
   * (invitation.policy.ts); null when every one, so the caller reuses the count it has.
   */
  changeableCount(actor: Actor, filter: InvitationFilter | null | undefined): Promise<number> | null {
    const count = changeableCountSql(actor, filter);
    if (!count) return null;
    return selectRows<{ total: number | string }>(this.dataSource, count.sql, count.params).then(([row]) => Number(row?.total ?? 0));
  }

  async byId(actor: Actor, id: string): Promise<InvitationObject | null> {
    const where = invitationWhere(actor, null);
    const rows = await selectRows<InvitationRow>(this.dataSource, `SELECT ${INVITATION_COLUMNS} FROM \`invitation\` inv WHERE ${where.sql} AND inv.id = ?`, [
      ...where.params,
      id,
    ]);
    return rows[0] ? toInvitation(rows[0]) : null;
  }

  /**
   * The organisation view: per school, counts by outcome, products, and when it last sent. The
   * counts come from the tallies when they can answer the filter (a trust's whole view: a few
   * hundred rows instead of a million invitations), otherwise from the rows. "Last sent" is each
   * school's newest matching sentAt, found walking its (trust, school, sentAt) index from the
   * newest: the first matching entry answers.
   */
  async schoolSummaries(actor: Actor, filter: InvitationFilter | null): Promise<SchoolInvitationSummary[]> {
    const tallied = schoolOutcomesTallySql(actor, filter);
    const outcomes = tallied ?? schoolOutcomesSql(actor, filter);
    const counts = await selectRows<Record<string, string | number | Date | null>>(this.dataSource, outcomes.sql, outcomes.params);
    if (counts.length === 0) return [];
    const schoolIds = counts.map((c) => c.school_id as string);
    const mariadb = this.dataSource.options.type === "mariadb" || this.dataSource.options.type === "mysql";
    const where = invitationWhere(actor, filter);
    const lastSent = tallied
      ? {
          sql: `, (SELECT inv.sent_at FROM \`invitation\` inv${mariadb ? ` FORCE INDEX (\`${INVITATION_SCHOOL_SENT_INDEX}\`)` : ""}
                 WHERE ${where.sql} AND inv.school_id = s.id AND inv.sent_at IS NOT NULL ORDER BY inv.sent_at DESC LIMIT 1) AS last_sent_at`,
          params: where.params,
        }
      : { sql: "", params: [] };
    const [invited, subscribed] = await Promise.all([
      // Until organisation approval (rule 13) exists, a school has agreed to every product it has
      // invitations for: each (school, product) pair once, read from the index's distinct entries
      // (MariaDB skips from one pair to the next). The schools are the trust's own, so are their items.
      selectRows<{ school_id: string; product_id: string }>(
        this.dataSource,
        `SELECT it.school_id AS school_id, it.product_id AS product_id FROM \`invitation_item\` it
         WHERE it.school_id IN (${placeholders(schoolIds.length)}) GROUP BY it.school_id, it.product_id`,
        schoolIds,
      ),
      selectRows<{ school_id: string; products: number | string; name: string; last_sent_at?: Date | string | null }>(
        this.dataSource,
        `SELECT s.id AS school_id, s.name AS name,
                (SELECT COUNT(DISTINCT sub.product_id) FROM \`subscription\` sub WHERE sub.school_id = s.id AND sub.starts_at <= ? AND (sub.ends_at IS NULL OR sub.ends_at > ?)) AS products${lastSent.sql}
         FROM \`school\` s WHERE s.trust_id = ? AND s.id IN (${placeholders(schoolIds.length)})`,
        [new Date(), new Date(), ...lastSent.params, actor.trustId, ...schoolIds],
      ),
    ]);
    const agreed = new Map<string, number>();
    for (const r of invited) agreed.set(r.school_id, (agreed.get(r.school_id) ?? 0) + 1);
    const schools = new Map(subscribed.map((r) => [r.school_id, r]));
    return counts
      .map((c) => {
        const schoolId = c.school_id as string;
        const productsAgreed = agreed.get(schoolId) ?? 0;
        const lastSentAt = tallied ? (schools.get(schoolId)?.last_sent_at ?? null) : (c.last_sent_at as Date | string | null);
        return {
          schoolId,
          total: Number(c.total),
          unresolved: Number(c.unresolved),
          unsent: Number(c.unsent),
          accepted: Number(c.accepted),
          errors: Number(c.errors),
          productsAgreed,
          productsTotal: Math.max(productsAgreed, Number(schools.get(schoolId)?.products ?? 0)),
          lastSentAt: sqlDate(lastSentAt),
        };
      })
      .sort((a, b) => (schools.get(a.schoolId)?.name ?? "").localeCompare(schools.get(b.schoolId)?.name ?? ""));
  }
}
