// What a page of invitations shows besides its own rows: the school each invitation is listed
// under, joined into the page's own statement, and its items with their products, roles and
// schools in one statement more. Every statement is a round trip, and a round trip costs this
// server more CPU than the database spends on the whole page (`pnpm bench`), so the page
// reads them together rather than asking each loader apart.
import type { DataSource } from "typeorm";
import { columnReader, placeholders, selectColumns, selectRows, type ColumnMap } from "../../db/raw.js";
import { PRODUCT_COLUMNS, ROLE_COLUMNS, toRole, type ProductRow, type RoleRow } from "../product/product.columns.js";
import type { ProductRole } from "../product/product-role.entity.js";
import { SCHOOL_COLUMNS, type SchoolRow } from "../school/school.columns.js";
import type { InvitationItemObject } from "./invitation.types.js";

export const ITEM_COLUMNS: ColumnMap<InvitationItemObject> = {
  id: "id",
  invitationId: "invitation_id",
  productId: "product_id",
  roleId: "role_id",
  schoolId: "school_id",
  cohortId: "cohort_id",
};

const LISTED_SCHOOL_PREFIX = "ls__";
const read = {
  item: columnReader(ITEM_COLUMNS, ""),
  product: columnReader(PRODUCT_COLUMNS, "p__"),
  role: columnReader(ROLE_COLUMNS, "r__"),
  itemSchool: columnReader(SCHOOL_COLUMNS, "s__"),
  listedSchool: columnReader(SCHOOL_COLUMNS, LISTED_SCHOOL_PREFIX),
};

/** Which relations the page reads. */
export interface PageRelationsWanted {
  items: boolean;
  product: boolean;
  role: boolean;
  itemSchool: boolean;
  listedSchool: boolean;
}

export interface PageRelations {
  /** The items of the page's invitations, in id order. */
  items: InvitationItemObject[];
  products: ProductRow[];
  roles: Omit<ProductRole, "product">[];
  schools: SchoolRow[];
}

/**
 * The listed school's columns and join for the page's own statement over `invitation inv`:
 * one row each by primary key, through the invitation's own trust.
 */
export function listedSchoolSql(): { select: string; join: string } {
  return {
    select: selectColumns("ls", SCHOOL_COLUMNS, LISTED_SCHOOL_PREFIX),
    join: "LEFT JOIN `school` ls ON ls.id = inv.school_id AND ls.trust_id = inv.trust_id",
  };
}

/** The listed schools `listedSchoolSql` joined into the page's rows, each once. */
export function readListedSchools(rows: readonly Record<string, unknown>[]): SchoolRow[] {
  const schools = new Map<string, SchoolRow>();
  for (const row of rows) {
    const school = read.listedSchool(row);
    if (school && !schools.has(school.id)) schools.set(school.id, school);
  }
  return [...schools.values()];
}

/** The page's items with their products, roles and schools, in one statement. */
export async function fetchPageItems(
  dataSource: DataSource,
  trustId: string,
  invitationIds: readonly string[],
  wanted: Pick<PageRelationsWanted, "product" | "role" | "itemSchool">,
): Promise<PageRelations> {
  if (invitationIds.length === 0) return { items: [], products: [], roles: [], schools: [] };
  const select = [selectColumns("it", ITEM_COLUMNS)];
  const joins: string[] = [];
  // Every table is reached through the item's own trust: nothing of another trust can join in.
  if (wanted.product) {
    select.push(selectColumns("p", PRODUCT_COLUMNS, "p__"));
    joins.push("LEFT JOIN `product` p ON p.id = it.product_id AND p.trust_id = it.trust_id");
  }
  if (wanted.role) {
    select.push(selectColumns("r", ROLE_COLUMNS, "r__"));
    joins.push("LEFT JOIN `product_role` r ON r.id = it.role_id AND r.product_id = it.product_id");
  }
  if (wanted.itemSchool) {
    select.push(selectColumns("s", SCHOOL_COLUMNS, "s__"));
    joins.push("LEFT JOIN `school` s ON s.id = it.school_id AND s.trust_id = it.trust_id");
  }
  // Not sorted by the database: a sort there costs more than these few rows sorted here.
  const rows = await selectRows<Record<string, unknown>>(
    dataSource,
    `SELECT ${select.join(", ")} FROM \`invitation_item\` it ${joins.join(" ")}
     WHERE it.invitation_id IN (${placeholders(invitationIds.length)}) AND it.trust_id = ?`,
    [...invitationIds, trustId],
  );
  const products = new Map<string, ProductRow>();
  const roles = new Map<string, RoleRow>();
  const schools = new Map<string, SchoolRow>();
  // Each product, role and school is read once, however many items repeat it.
  const keep = <Row extends { id: string }>(into: Map<string, Row>, prefix: string, reader: (row: Record<string, unknown>) => Row | null, row: Record<string, unknown>) => {
    const id = row[`${prefix}id`] as string | null;
    if (id !== null && id !== undefined && !into.has(id)) into.set(id, reader(row)!);
  };
  const items = rows.map((row) => {
    if (wanted.product) keep(products, "p__", read.product, row);
    if (wanted.role) keep(roles, "r__", read.role, row);
    if (wanted.itemSchool) keep(schools, "s__", read.itemSchool, row);
    return read.item(row)!;
  });
  items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { items, products: [...products.values()], roles: [...roles.values()].map(toRole), schools: [...schools.values()] };
}
