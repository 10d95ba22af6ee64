import type { DataSource } from "typeorm";
import { ProductLevel } from "@lanyard/shared";
import type { Actor } from "../auth/actor.js";
import { Product } from "./product.entity.js";

export class ProductService {
  constructor(private readonly dataSource: DataSource) {}

  /** The trust's catalogue; a school admin works only with school-level products. */
  list(actor: Actor): Promise<Product[]> {
    return this.dataSource.getRepository(Product).find({
      where: { trustId: actor.trustId, ...(actor.schoolId ? { level: ProductLevel.SCHOOL } : {}) },
      order: { level: "DESC", name: "ASC" },
    });
  }
}
