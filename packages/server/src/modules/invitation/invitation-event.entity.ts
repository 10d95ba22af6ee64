import { Entity, Index } from "typeorm";
import { DateColumn, IdColumn, RefColumn, TextColumn } from "../../db/columns.js";

/** One step in an invitation's history (CREATED, SENT, RESENT, ACCEPTED, …). Append-only. */
@Entity()
@Index(["invitationId", "at"])
export class InvitationEvent {
  @IdColumn() id!: string;
  @RefColumn() trustId!: string;
  @RefColumn() invitationId!: string;
  @DateColumn() at!: Date;
  @TextColumn(32) kind!: string;
  /** The admin's email or the key's name; null for the system or the invitee. */
  @TextColumn(254, { nullable: true }) actorLabel!: string | null;
  @TextColumn(500, { nullable: true }) detail!: string | null;
  /** The time the step refers to (a SCHEDULED one's send time, a RESENT one's new expiry), kept as a date so readers format it. */
  @DateColumn({ nullable: true }) date!: Date | null;
}
