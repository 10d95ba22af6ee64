import { Column, Entity, Index, ManyToOne, type Relation } from "typeorm";
import { AdminRole } from "@lanyard/shared";
import { DateColumn, IdColumn, RefColumn, TextColumn } from "../../db/columns.js";
import { School } from "../school/school.entity.js";
import { Trust } from "../trust/trust.entity.js";

/** Someone who signs in to the browser app: a trust admin, or a school admin (with schoolId). */
@Entity()
export class Admin {
  @IdColumn() id!: string;
  @RefColumn() trustId!: string;
  @ManyToOne(() => Trust, { onDelete: "CASCADE" }) trust?: Relation<Trust>;
  @RefColumn({ nullable: true }) schoolId!: string | null;
  @ManyToOne(() => School, { onDelete: "CASCADE", nullable: true }) school?: Relation<School> | null;
  @Index({ unique: true }) @TextColumn(254) email!: string;
  @TextColumn(200) passwordHash!: string;
  @Column({ type: "simple-enum", enum: AdminRole }) role!: AdminRole;
  @DateColumn() createdAt!: Date;
  @DateColumn({ nullable: true }) lastSignInAt!: Date | null;
}
