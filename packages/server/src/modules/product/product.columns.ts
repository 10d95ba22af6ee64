// The columns the Product and ProductRole types show, shared by their loaders and by lists
// that join them into one query (the invitation page).
import type { ColumnMap } from "../../db/raw.js";
import type { ProductRole } from "./product-role.entity.js";
import type { Product } from "./product.entity.js";

export type ProductRow = Pick<Product, "id" | "trustId" | "code" | "name" | "description" | "level" | "acceptance">;
export const PRODUCT_COLUMNS: ColumnMap<ProductRow> = {
  id: "id",
  trustId: "trust_id",
  code: "code",
  name: "name",
  description: "description",
  level: "level",
  acceptance: "acceptance",
};

export type RoleRow = Omit<ProductRole, "product" | "accessSettings"> & { accessSettings: string };
export const ROLE_COLUMNS: ColumnMap<RoleRow> = {
  id: "id",
  productId: "product_id",
  code: "code",
  name: "name",
  description: "description",
  accessSettings: "access_settings",
  position: "position",
};

/** A role as read: its access settings are stored as JSON text. */
export const toRole = (row: RoleRow): Omit<ProductRole, "product"> => ({ ...row, accessSettings: JSON.parse(row.accessSettings) as string[] });
