import { Column, Entity, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { TextColumn } from "../../db/columns.js";
import { Import } from "./import.entity.js";

/** One problem in an uploaded file: where it is (row as a spreadsheet numbers it, column by its header), the value, and how to fix it. */
@Entity()
export class ImportError {
  @PrimaryColumn({ type: "varchar", length: 36 }) importId!: string;
  @ManyToOne(() => Import, { onDelete: "CASCADE" }) import?: Relation<Import>;
  /** The problem's place in the file's list of problems, in row order. */
  @PrimaryColumn({ type: "int" }) position!: number;
  @Column({ type: "int" }) row!: number;
  /** The header as the template names it; null for a whole-row problem. */
  @TextColumn(64, { nullable: true }) column!: string | null;
  @TextColumn(300, { nullable: true }) value!: string | null;
  @TextColumn(500) message!: string;
}
