import { Column, Entity, Index } from "typeorm";
import { DateColumn, IdColumn, TextColumn } from "../../db/columns.js";

/** A multi-academy trust: the tenant. Every other row belongs to exactly one. */
@Entity()
export class Trust {
  @IdColumn() id!: string;
  @Index({ unique: true }) @TextColumn(64) slug!: string;
  @TextColumn(200) name!: string;
  @Column({ type: "int", default: 14 }) defaultInviteExpiryDays!: number;
  @Column({ type: "boolean", default: false }) requiresSchoolApproval!: boolean;
  @Column({ type: "simple-json" }) reminderDays!: number[];
  @DateColumn() createdAt!: Date;
}
