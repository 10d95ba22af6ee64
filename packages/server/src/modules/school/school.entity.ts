import { Entity, Index, ManyToOne, type Relation } from "typeorm";
import { DateColumn, IdColumn, RefColumn, TextColumn } from "../../db/columns.js";
import { Trust } from "../trust/trust.entity.js";

/** An academy in the trust. */
@Entity()
@Index(["trustId", "name", "id"])
export class School {
  @IdColumn() id!: string;
  @RefColumn() trustId!: string;
  @ManyToOne(() => Trust, { onDelete: "CASCADE" }) trust?: Relation<Trust>;
  /** Unique reference number from Get Information About Schools: 6 or 7 digits. */
  @Index({ unique: true }) @TextColumn(7) urn!: string;
  @TextColumn(200) name!: string;
  @TextColumn(10, { nullable: true }) postcode!: string | null;
  @TextColumn(100, { nullable: true }) localAuthority!: string | null;
  @TextColumn(40, { nullable: true }) phase!: string | null;
  @DateColumn() createdAt!: Date;
}
