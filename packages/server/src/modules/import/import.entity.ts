import { Column, Entity, Index, ManyToOne, type Relation } from "typeorm";
import { ImportKind, ImportStatus } from "@lanyard/shared";
import { DateColumn, IdColumn, RefColumn, TextColumn } from "../../db/columns.js";
import { School } from "../school/school.entity.js";
import { Trust } from "../trust/trust.entity.js";

/**
 * One uploaded CSV file (rule 11): validated whole, then READY with a preview or INVALID with
 * its errors; approving commits it. `schoolId` is the uploader's school (a school admin), null
 * for the trust's admins and keys: the import history's scope (import.policy.ts).
 */
@Entity()
// The history, newest first (keyset pages end in id).
@Index(["trustId", "createdAt", "id"])
@Index(["trustId", "schoolId", "createdAt", "id"])
export class Import {
  @IdColumn() id!: string;
  @RefColumn() trustId!: string;
  @ManyToOne(() => Trust, { onDelete: "CASCADE" }) trust?: Relation<Trust>;
  @RefColumn({ nullable: true }) schoolId!: string | null;
  @ManyToOne(() => School, { onDelete: "CASCADE", nullable: true }) school?: Relation<School> | null;
  @Column({ type: "simple-enum", enum: ImportKind }) kind!: ImportKind;
  @TextColumn(255) filename!: string;
  @Column({ type: "simple-enum", enum: ImportStatus }) status!: ImportStatus;
  /** The admin's or the API key's id, and the label the history shows (an email or a key's name). */
  @RefColumn() uploadedById!: string;
  @TextColumn(16) uploadedByKind!: string;
  @TextColumn(254) uploadedBy!: string;
  /** The header line as uploaded, so the error file gives it back as it was. */
  @Column({ type: "text" }) header!: string;
  @Column({ type: "int", default: 0 }) rowCount!: number;
  @Column({ type: "int", default: 0 }) errorCount!: number;
  @Column({ type: "int", default: 0 }) createCount!: number;
  @Column({ type: "int", default: 0 }) updateCount!: number;
  @Column({ type: "int", default: 0 }) unchangedCount!: number;
  @Column({ type: "int", default: 0 }) skippedCount!: number;
  /** Why a commit failed, in words for the admin. */
  @TextColumn(1000, { nullable: true }) failure!: string | null;
  @DateColumn({ nullable: true }) sendAt!: Date | null;
  @DateColumn() createdAt!: Date;
  @DateColumn({ nullable: true }) finishedAt!: Date | null;
}
