import { Column, Entity, Index, ManyToOne, type Relation } from "typeorm";
import { IdColumn, RefColumn, TextColumn } from "../../db/columns.js";
import { Product } from "./product.entity.js";

/** A role inside one product, e.g. "Teacher" in the MIS. */
@Entity()
@Index(["productId", "code"], { unique: true })
export class ProductRole {
  @IdColumn() id!: string;
  @RefColumn() productId!: string;
  @ManyToOne(() => Product, { onDelete: "CASCADE" }) product?: Relation<Product>;
  @TextColumn(40) code!: string;
  @TextColumn(200) name!: string;
  @TextColumn(500, { nullable: true }) description!: string | null;
  /** What the role may do, shown to admins choosing a role. */
  @Column({ type: "simple-json" }) accessSettings!: string[];
  @Column({ type: "int", default: 0 }) position!: number;
}
