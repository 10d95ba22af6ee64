import { In, type DataSource } from "typeorm";
import { placeholders, selectRows } from "../../db/raw.js";
import { loaderByGroup, loaderById } from "../../graphql/loader-utils.js";
import type { Actor } from "../auth/actor.js";
import { Cohort } from "./cohort.entity.js";
import { ProductRole } from "./product-role.entity.js";
import { Product } from "./product.entity.js";

export function productLoaders(dataSource: DataSource, actor: Actor) {
  const { trustId } = actor;
  // Roles and cohorts are reached through their product, which carries the trust.
  const ownProducts = (alias: string) => `${alias}.product_id IN (SELECT p.id FROM product p WHERE p.trust_id = :trustId)`;
  return {
    // Hot: once per page of invitations or accesses. Straight to the driver (src/db/raw.ts).
    product: loaderById((ids) =>
      selectRows<Product>(
        dataSource,
        `SELECT id, trust_id AS trustId, code, name, description, level, acceptance FROM \`product\` WHERE id IN (${placeholders(ids.length)}) AND trust_id = ?`,
        [...ids, trustId],
      ),
    ),
    role: loaderById(async (ids) =>
      (
        await selectRows<Omit<ProductRole, "accessSettings"> & { accessSettings: string }>(
          dataSource,
          `SELECT r.id, r.product_id AS productId, r.code, r.name, r.description, r.access_settings AS accessSettings, r.position
           FROM \`product_role\` r JOIN \`product\` p ON p.id = r.product_id WHERE r.id IN (${placeholders(ids.length)}) AND p.trust_id = ?`,
          [...ids, trustId],
        )
      ).map((r) => ({ ...r, accessSettings: JSON.parse(r.accessSettings) as string[] })),
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
