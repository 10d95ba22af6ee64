import { In, type DataSource } from "typeorm";
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
    product: loaderById((ids) => dataSource.getRepository(Product).findBy({ id: In([...ids]), trustId })),
    role: loaderById((ids) =>
      dataSource.getRepository(ProductRole).createQueryBuilder("r").where("r.id IN (:...ids)", { ids }).andWhere(ownProducts("r"), { trustId }).getMany(),
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
