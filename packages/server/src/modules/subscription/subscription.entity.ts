import { Entity, Index, ManyToOne, type Relation } from "typeorm";
import { DateColumn, IdColumn, RefColumn } from "../../db/columns.js";
import { Product } from "../product/product.entity.js";
import { School } from "../school/school.entity.js";
import { Trust } from "../trust/trust.entity.js";

/** A school's (or, with no school, the trust's) paid access to a product. */
@Entity()
@Index(["trustId", "productId", "schoolId"])
@Index(["schoolId", "productId"])
export class Subscription {
  @IdColumn() id!: string;
  @RefColumn() trustId!: string;
  @ManyToOne(() => Trust, { onDelete: "CASCADE" }) trust?: Relation<Trust>;
  @RefColumn() productId!: string;
  @ManyToOne(() => Product, { onDelete: "CASCADE" }) product?: Relation<Product>;
  @RefColumn({ nullable: true }) schoolId!: string | null;
  @ManyToOne(() => School, { onDelete: "CASCADE", nullable: true }) school?: Relation<School> | null;
  @DateColumn() startsAt!: Date;
  @DateColumn({ nullable: true }) endsAt!: Date | null;
  @DateColumn() createdAt!: Date;
}

/** Active now: started, and not yet ended. */
export function isActive(subscription: Pick<Subscription, "startsAt" | "endsAt">, now = new Date()): boolean {
  return subscription.startsAt <= now && (subscription.endsAt === null || subscription.endsAt > now);
}
