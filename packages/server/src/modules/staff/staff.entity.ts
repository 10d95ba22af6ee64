import { Entity, Index, ManyToOne, type Relation } from "typeorm";
import { DateColumn, EXACT_COLLATION, IdColumn, RefColumn, TextColumn } from "../../db/columns.js";
import { School } from "../school/school.entity.js";
import { Trust } from "../trust/trust.entity.js";

/** A person on a school's roster, synced from the MIS. */
@Entity()
@Index(["schoolId", "misId"], { unique: true })
@Index(["trustId", "lastName", "firstName", "id"])
@Index(["schoolId", "lastName", "firstName", "id"])
@Index(["trustId", "email"])
export class Staff {
  @IdColumn() id!: string;
  @RefColumn() trustId!: string;
  @ManyToOne(() => Trust, { onDelete: "CASCADE" }) trust?: Relation<Trust>;
  @RefColumn() schoolId!: string;
  @ManyToOne(() => School, { onDelete: "CASCADE" }) school?: Relation<School>;
  /** Matched exactly, case and accents included, on both databases. */
  @TextColumn(64, { collation: EXACT_COLLATION }) misId!: string;
  @TextColumn(100) firstName!: string;
  @TextColumn(100) lastName!: string;
  /** Normalised: trimmed and lower-cased. */
  @TextColumn(254) email!: string;
  @TextColumn(120, { nullable: true }) jobTitle!: string | null;
  @DateColumn() createdAt!: Date;
  @DateColumn() updatedAt!: Date;
}
