import { Entity, Index, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { DateColumn, RefColumn, TextColumn } from "../../db/columns.js";
import { Admin } from "./admin.entity.js";

/** A browser session. Its id is the SHA-256 of the cookie's token: the token itself is never stored. */
@Entity()
@Index(["adminId"])
export class Session {
  @PrimaryColumn({ type: "varchar", length: 64 }) id!: string;
  @RefColumn() adminId!: string;
  @ManyToOne(() => Admin, { onDelete: "CASCADE" }) admin?: Relation<Admin>;
  @DateColumn() createdAt!: Date;
  @DateColumn() lastSeenAt!: Date;
  /** The absolute end, whatever the activity. */
  @DateColumn() expiresAt!: Date;
  @TextColumn(64, { nullable: true }) ip!: string | null;
}
