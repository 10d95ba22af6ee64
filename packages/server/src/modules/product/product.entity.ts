import { Column, Entity, Index, ManyToOne, type Relation } from "typeorm";
import { Acceptance, ProductLevel } from "@lanyard/shared";
import { DateColumn, IdColumn, RefColumn, TextColumn } from "../../db/columns.js";
import { Trust } from "../trust/trust.entity.js";

/** An app people can be given access to, in the trust's catalogue. */
@Entity()
@Index(["trustId", "code"], { unique: true })
export class Product {
  @IdColumn() id!: string;
  @RefColumn() trustId!: string;
  @ManyToOne(() => Trust, { onDelete: "CASCADE" }) trust?: Relation<Trust>;
  @TextColumn(40) code!: string;
  @TextColumn(200) name!: string;
  @TextColumn(500, { nullable: true }) description!: string | null;
  @Column({ type: "simple-enum", enum: ProductLevel }) level!: ProductLevel;
  @Column({ type: "simple-enum", enum: Acceptance }) acceptance!: Acceptance;
  @DateColumn() createdAt!: Date;
}
