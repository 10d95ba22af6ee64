import { Entity, Index, ManyToOne, type Relation } from "typeorm";
import { DateColumn, IdColumn, RefColumn, TextColumn } from "../../db/columns.js";
import { Product } from "./product.entity.js";

/** A run or programme intake of a product; an invitation item may name one. */
@Entity()
@Index(["productId", "code"], { unique: true })
export class Cohort {
  @IdColumn() id!: string;
  @RefColumn() productId!: string;
  @ManyToOne(() => Product, { onDelete: "CASCADE" }) product?: Relation<Product>;
  @TextColumn(40) code!: string;
  @TextColumn(200) name!: string;
  @DateColumn({ nullable: true }) startsAt!: Date | null;
  @DateColumn({ nullable: true }) endsAt!: Date | null;
}
