import { In, type DataSource } from "typeorm";
import { ProductLevel } from "@lanyard/shared";
import type { Actor } from "../auth/actor.js";
import { Product } from "./product.entity.js";
import { productPolicy } from "./product.policy.js";

// Trust-level products first. Sorted here, not by `level` in SQL: MariaDB orders an ENUM by its
// position in the type and SQLite by its text, so the two would disagree.
const LEVEL_ORDER: Record<ProductLevel, number> = { [ProductLevel.TRUST]: 0, [ProductLevel.SCHOOL]: 1 };

export class ProductService {
  constructor(private readonly dataSource: DataSource) {}

  /** The trust's catalogue, as far as the actor works with it (product.policy.ts). */
  async list(actor: Actor): Promise<Product[]> {
    const products = await this.dataSource.getRepository(Product).find({
      where: { trustId: actor.trustId, level: In(productPolicy.levels(actor)) },
      order: { name: "ASC", id: "ASC" },
    });
    return products.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  }
}
