// The complete list of invitations as CSV (rule 12): the import format plus invitation_id and
// state, one line per item, so the file can be edited and imported again. Read in keyset pages
// (by invitation id) and written as each page comes, so a trust's million invitations never sit
// in memory at once.
import { INVITATION_CSV_COLUMNS, INVITATION_EXPORT_EXTRA_COLUMNS } from "@lanyard/shared";
import type { DataSource } from "typeorm";
import { placeholders, selectRows, sqlDate } from "../../db/raw.js";
import type { Actor } from "../auth/actor.js";
import { csvCell, csvLine } from "../csv/csv-writer.js";
import { invitationWhere } from "../invitation/invitation.filter.js";
import { invitationPolicy } from "../invitation/invitation.policy.js";
import type { InvitationFilter } from "../invitation/invitation.types.js";

export const EXPORT_PAGE_SIZE = 10_000;
/** MariaDB turns an IN (…) list of 1,000 values or more into a subquery, and may then read every item of the trust. */
const IN_LIST_MAX = 500;
/** Pages read ahead of the one being written. */
const PAGES_AHEAD = 1;

interface InvitationRow {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  state: string;
  expires_at: Date | string;
  staff_id: string | null;
}

interface ItemRow {
  invitation_id: string;
  school_id: string | null;
  product_id: string;
  role_id: string;
  cohort_id: string | null;
}

/**
 * The trust's codes by id (products, roles, schools, cohorts) and its roster's MIS ids: what an
 * item's and an invitation's ids are written as. The trust's set-up and roster, not the export's
 * rows: looked up here instead of joined to every one of a million lines.
 */
class Codes {
  products = new Map<string, string>();
  roles = new Map<string, { code: string; productId: string }>();
  schools = new Map<string, string>();
  cohorts = new Map<string, { code: string; productId: string }>();
  misIds = new Map<string, string>();
  private loadedAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly trustId: string,
  ) {}

  async load(): Promise<void> {
    const t = [this.trustId];
    const [products, roles, schools, cohorts, staff] = await Promise.all([
      selectRows<{ id: string; code: string }>(this.dataSource, "SELECT id, code FROM `product` WHERE trust_id = ?", t),
      selectRows<{ id: string; code: string; product_id: string }>(
        this.dataSource,
        "SELECT r.id, r.code, r.product_id FROM `product_role` r JOIN `product` p ON p.id = r.product_id WHERE p.trust_id = ?",
        t,
      ),
      selectRows<{ id: string; urn: string }>(this.dataSource, "SELECT id, urn FROM `school` WHERE trust_id = ?", t),
      selectRows<{ id: string; code: string; product_id: string }>(
        this.dataSource,
        "SELECT c.id, c.code, c.product_id FROM `cohort` c JOIN `product` p ON p.id = c.product_id WHERE p.trust_id = ?",
        t,
      ),
      selectRows<{ id: string; mis_id: string }>(this.dataSource, "SELECT id, mis_id FROM `staff` WHERE trust_id = ?", t),
    ]);
    this.products = new Map(products.map((r) => [r.id, r.code]));
    this.roles = new Map(roles.map((r) => [r.id, { code: r.code, productId: r.product_id }]));
    this.schools = new Map(schools.map((r) => [r.id, String(r.urn)]));
    this.cohorts = new Map(cohorts.map((r) => [r.id, { code: r.code, productId: r.product_id }]));
    this.misIds = new Map(staff.map((r) => [r.id, r.mis_id]));
    this.loadedAt = Date.now();
  }

  /** Something created since the export began (a product, a school, a roster member): read the codes again, at most once a second. */
  async refresh(): Promise<void> {
    if (Date.now() - this.loadedAt >= 1_000) await this.load();
  }
}

/**
 * The page's lines: each invitation's items, in item order. Null when an id is missing from the
 * codes (unless `anyway`: then a line without its product or role is left out, as a join would).
 */
function writePage(invitations: InvitationRow[], items: ItemRow[], codes: Codes, anyway = false): string | null {
  // Both in the database's order of invitation ids, and every item is of an invitation of the
  // page: walk them together (an invitation with none of the caller's items has no run).
  const lines: string[] = [];
  // A code repeats on thousands of lines: each is made a cell once.
  const codeCells = new Map<string, string>();
  const codeCell = (code: string | null) => {
    if (code === null) return "";
    let cell = codeCells.get(code);
    if (cell === undefined) codeCells.set(code, (cell = csvCell(code)));
    return cell;
  };
  let at = 0;
  for (const inv of invitations) {
    if (at >= items.length || items[at]!.invitation_id !== inv.id) continue;
    const expiresAt = dateCell(inv.expires_at);
    const misId = inv.staff_id === null ? null : codes.misIds.get(inv.staff_id);
    if (misId === undefined && !anyway) return null;
    // The invitation's own cells, the same on each of its items' lines.
    const head = `${csvCell(inv.email)},${csvCell(inv.first_name)},${csvCell(inv.last_name)},`;
    const tail = `,${csvCell(expiresAt)},${csvCell(misId ?? null)},${csvCell(inv.id)},${csvCell(inv.state)}\r\n`;
    for (; at < items.length && items[at]!.invitation_id === inv.id; at++) {
      const it = items[at]!;
      const product = codes.products.get(it.product_id);
      const role = codes.roles.get(it.role_id);
      const school = it.school_id === null ? null : codes.schools.get(it.school_id);
      const cohort = it.cohort_id === null ? null : codes.cohorts.get(it.cohort_id);
      if ((product === undefined || role === undefined || school === undefined || cohort === undefined) && !anyway) return null;
      if (product === undefined || role === undefined || role.productId !== it.product_id) continue;
      const cohortCode = cohort && cohort.productId === it.product_id ? cohort.code : null;
      lines.push(`${head}${codeCell(school ?? null)},${codeCell(product)},${codeCell(role.code)},${codeCell(cohortCode)}${tail}`);
    }
  }
  return lines.join("");
}

const STORED_DATE = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/;

/** An expiry as the CSV writes it, `YYYY-MM-DD HH:MM:SS` in UTC: the stored text cut to the second, without a Date in between. */
function dateCell(value: Date | string): string | Date | null {
  return typeof value === "string" && STORED_DATE.test(value) ? value.slice(0, 19) : sqlDate(value);
}

/** Whether the filter narrows the list at all (then a page's invitations lie far apart by id). */
function narrows(filter: InvitationFilter): boolean {
  return Object.values(filter).some((value) => value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0));
}

/**
 * The CSV, line by line in pages. A school admin's file holds the items they manage (at their
 * school): the rows they could import again; the list shows them the others as the trust's.
 */
export async function* invitationExport(dataSource: DataSource, actor: Actor, filter: InvitationFilter, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<string> {
  yield csvLine([...INVITATION_CSV_COLUMNS, ...INVITATION_EXPORT_EXTRA_COLUMNS]);
  const where = invitationWhere(actor, filter);
  const managed = invitationPolicy.managedItems(actor, "it");
  const own = managed ? { sql: ` AND ${managed.sql}`, params: managed.params } : { sql: "", params: [] };
  // The whole trust's list: a page's invitations are consecutive by id, and so are their items
  // in the invitation_id index: one range read. Otherwise the page's ids, 500 at a time.
  const consecutive = managed === null && !narrows(filter);
  const codes = new Codes(dataSource, actor.trustId);
  await codes.load();

  const invitationsAfter = (after: string | null) =>
    selectRows<InvitationRow>(
      dataSource,
      `SELECT inv.id, inv.email, inv.first_name, inv.last_name, inv.state, inv.expires_at, inv.staff_id FROM \`invitation\` inv
       WHERE ${where.sql}${after === null ? "" : " AND inv.id > ?"} ORDER BY inv.id LIMIT ${pageSize}`,
      after === null ? where.params : [...where.params, after],
      { datesAsText: true },
    );
  const itemColumns = "SELECT it.invitation_id, it.school_id, it.product_id, it.role_id, it.cohort_id FROM `invitation_item` it";
  const itemsOf = async (invitations: InvitationRow[]): Promise<ItemRow[]> => {
    if (consecutive) {
      return selectRows<ItemRow>(
        dataSource,
        `${itemColumns} WHERE it.invitation_id >= ? AND it.invitation_id <= ? AND it.trust_id = ? ORDER BY it.invitation_id, it.id`,
        [invitations[0]!.id, invitations[invitations.length - 1]!.id, actor.trustId],
      );
    }
    const chunks: Promise<ItemRow[]>[] = [];
    for (let start = 0; start < invitations.length; start += IN_LIST_MAX) {
      const ids = invitations.slice(start, start + IN_LIST_MAX).map((i) => i.id);
      chunks.push(
        selectRows<ItemRow>(
          dataSource,
          `${itemColumns} WHERE it.invitation_id IN (${placeholders(ids.length)}) AND it.trust_id = ?${own.sql} ORDER BY it.invitation_id, it.id`,
          [...ids, actor.trustId, ...own.params],
        ),
      );
    }
    return (await Promise.all(chunks)).flat();
  };
  // A page's invitations, and the read of their items under way. Pages are read ahead of the one
  // being written (each page's invitations as soon as the page before's are in, then its items),
  // so the database works while the lines are written; a page is ~10,000 invitations in memory.
  interface Page {
    invitations: InvitationRow[];
    items: Promise<ItemRow[]>;
  }
  const readPage = async (after: string | null): Promise<Page> => {
    const invitations = await invitationsAfter(after);
    const items = invitations.length ? itemsOf(invitations) : Promise.resolve([]);
    items.catch(() => undefined); // awaited below; a download stopped part way never reads it
    return { invitations, items };
  };
  const after = (previous: Promise<Page>): Promise<Page> =>
    previous.then((page) =>
      page.invitations.length === pageSize ? readPage(page.invitations[page.invitations.length - 1]!.id) : { invitations: [], items: Promise.resolve([]) },
    );
  const ahead: Promise<Page>[] = [readPage(null)];
  for (;;) {
    while (ahead.length < PAGES_AHEAD + 1) {
      const next = after(ahead[ahead.length - 1]!);
      next.catch(() => undefined);
      ahead.push(next);
    }
    const page = await ahead.shift()!;
    const { invitations } = page;
    if (invitations.length === 0) return;
    const full = invitations.length === pageSize;
    const items = await page.items;
    let lines = writePage(invitations, items, codes);
    // An id the codes don't know was made since the export began: read them again, and the page.
    if (lines === null) {
      await codes.refresh();
      lines = writePage(invitations, items, codes, true) ?? "";
    }
    if (lines) yield lines;
    if (!full) return;
  }
}
