// What a page of invitations shows besides its own rows (items, their products, roles and
// schools, and the school each invitation is listed under) in one statement. Every statement
// is a round trip, and a round trip costs this server more CPU than the database spends on
// the whole page (`pnpm bench`), so the page joins them rather than asking each loader apart.
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

const read = {
  item: columnReader(ITEM_COLUMNS, ""),
  product: columnReader(PRODUCT_COLUMNS, "p__"),
  role: columnReader(ROLE_COLUMNS, "r__"),
  itemSchool: columnReader(SCHOOL_COLUMNS, "s__"),
  listedSchool: columnReader(SCHOOL_COLUMNS, "ls__"),
};

/** Which relations the page's query selects. */
export interface PageRelationsWanted {
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

export async function fetchPageRelations(dataSource: DataSource, trustId: string, invitationIds: readonly string[], wanted: PageRelationsWanted): Promise<PageRelations> {
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
  if (wanted.listedSchool) {
    select.push(selectColumns("ls", SCHOOL_COLUMNS, "ls__"));
    joins.push("JOIN `invitation` inv ON inv.id = it.invitation_id LEFT JOIN `school` ls ON ls.id = inv.school_id AND ls.trust_id = inv.trust_id");
  }
  const rows = await selectRows<Record<string, unknown>>(
    dataSource,
    `SELECT ${select.join(", ")} FROM \`invitation_item\` it ${joins.join(" ")}
     WHERE it.invitation_id IN (${placeholders(invitationIds.length)}) AND it.trust_id = ? ORDER BY it.id`,
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
    if (wanted.listedSchool) keep(schools, "ls__", read.listedSchool, row);
    return read.item(row)!;
  });
  return { items, products: [...products.values()], roles: [...roles.values()].map(toRole), schools: [...schools.values()] };
}
