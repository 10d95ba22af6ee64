import { Column, Entity, Index } from "typeorm";
import { DateColumn, IdColumn, RefColumn, TextColumn } from "../../db/columns.js";

/** Who did what to which thing, when. Append-only. */
@Entity()
@Index(["trustId", "at", "id"])
@Index(["subjectType", "subjectId"])
export class AuditEvent {
  @IdColumn() id!: string;
  @RefColumn({ nullable: true }) trustId!: string | null;
  @DateColumn() at!: Date;
  /** admin, api-key, system or user */
  @TextColumn(16) actorType!: string;
  @RefColumn({ nullable: true }) actorId!: string | null;
  @TextColumn(254, { nullable: true }) actorLabel!: string | null;
  @TextColumn(64) action!: string;
  @TextColumn(32, { nullable: true }) subjectType!: string | null;
  @RefColumn({ nullable: true }) subjectId!: string | null;
  @Column({ type: "simple-json", nullable: true }) detail!: Record<string, unknown> | null;
}
