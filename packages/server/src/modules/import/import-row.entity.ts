import { Column, Entity, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { TextColumn } from "../../db/columns.js";
import { Import } from "./import.entity.js";

/**
 * One data row of an uploaded file, kept so the import commits without the file being sent
 * again and the error file can be written back. `row` numbers it as a spreadsheet does (the
 * header is row 1). `action` is the preview's: CREATE, UPDATE, UNCHANGED or SKIPPED (with
 * `reason`); null while the file has errors.
 */
@Entity()
export class ImportRow {
  @PrimaryColumn({ type: "varchar", length: 36 }) importId!: string;
  @ManyToOne(() => Import, { onDelete: "CASCADE" }) import?: Relation<Import>;
  @PrimaryColumn({ type: "int" }) row!: number;
  /** The cells as uploaded, in the file's column order: a JSON array of strings. */
  @Column({ type: "text" }) cells!: string;
  @TextColumn(16, { nullable: true }) action!: string | null;
  @TextColumn(300, { nullable: true }) reason!: string | null;
}
