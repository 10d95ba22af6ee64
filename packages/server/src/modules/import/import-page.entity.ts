import { Column, Entity, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { Import } from "./import.entity.js";

/**
 * A page of an uploaded file's data rows, kept so the import commits without the file being
 * sent again and the error file can be written back. Rows are stored a page at a time (up to
 * 200 rows and 16,000 characters, so a page fits a TEXT column): a 100,000-row file is a few
 * hundred rows of this table, not 100,000, which the database writes three times faster.
 * `firstRow` numbers the page's first row as a spreadsheet does (the header is row 1).
 */
@Entity()
export class ImportPage {
  @PrimaryColumn({ type: "varchar", length: 36 }) importId!: string;
  @ManyToOne(() => Import, { onDelete: "CASCADE" }) import?: Relation<Import>;
  @PrimaryColumn({ type: "int" }) firstRow!: number;
  @Column({ type: "int" }) rowCount!: number;
  /** The rows' cells as uploaded, in the file's column order: JSON, an array of arrays of strings. */
  @Column({ type: "text" }) cells!: string;
  /**
   * The preview's action for each row: JSON, an array of [action, reason] (CREATE, UPDATE,
   * UNCHANGED or SKIPPED with its reason); null while the file has errors.
   */
  @Column({ type: "text", nullable: true }) actions!: string | null;
}
