import { In, type DataSource } from "typeorm";
import { placeholders, selectColumns, selectRows } from "../../db/raw.js";
import { loaderByGroup, loaderById } from "../../graphql/loader-utils.js";
import type { Actor } from "../auth/actor.js";
import { Cohort } from "./cohort.entity.js";
import { ProductRole } from "./product-role.entity.js";
import { PRODUCT_COLUMNS, ROLE_COLUMNS, toRole, type ProductRow, type RoleRow } from "./product.columns.js";

export function productLoaders(dataSource: DataSource, actor: Actor) {
  const { trustId } = actor;
  // Roles and cohorts are reached through their product, which carries the trust.
  const ownProducts = (alias: string) => `${alias}.product_id IN (SELECT p.id FROM product p WHERE p.trust_id = :trustId)`;
  return {
    // Hot: once per page of invitations or accesses. Straight to the driver (src/db/raw.ts).
    product: loaderById((ids) =>
      selectRows<ProductRow>(
        dataSource,
        `SELECT ${selectColumns("p", PRODUCT_COLUMNS)} FROM \`product\` p WHERE p.id IN (${placeholders(ids.length)}) AND p.trust_id = ?`,
        [...ids, trustId],
      ),
    ),
    role: loaderById(async (ids) =>
      (
        await selectRows<RoleRow>(
          dataSource,
          `SELECT ${selectColumns("r", ROLE_COLUMNS)}
           FROM \`product_role\` r JOIN \`product\` p ON p.id = r.product_id WHERE r.id IN (${placeholders(ids.length)}) AND p.trust_id = ?`,
          [...ids, trustId],
        )
      ).map(toRole),
    ),
    cohort: loaderById((ids) =>
      dataSource.getRepository(Cohort).createQueryBuilder("c").where("c.id IN (:...ids)", { ids }).andWhere(ownProducts("c"), { trustId }).getMany(),
    ),
    rolesByProduct: loaderByGroup(
      (productIds: readonly string[]) =>
        dataSource.getRepository(ProductRole).find({ where: { productId: In([...productIds]) }, order: { position: "ASC", name: "ASC" } }),
      (r) => r.productId,
    ),
    cohortsByProduct: loaderByGroup(
      (productIds: readonly string[]) =>
        dataSource.getRepository(Cohort).find({ where: { productId: In([...productIds]) }, order: { startsAt: "ASC", name: "ASC" } }),
      (c) => c.productId,
    ),
  };
}
