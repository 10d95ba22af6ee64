import { Entity, Index, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { DateColumn, RefColumn } from "../../db/columns.js";
import { User } from "../user/user.entity.js";

/**
 * An invitee's session (a platform user, not an admin): set when they register through an
 * accept link or sign in to accept. Its id is the SHA-256 of the cookie's token.
 */
@Entity()
@Index(["userId"])
export class UserSession {
  @PrimaryColumn({ type: "varchar", length: 64 }) id!: string;
  @RefColumn() userId!: string;
  @ManyToOne(() => User, { onDelete: "CASCADE" }) user?: Relation<User>;
  @DateColumn() createdAt!: Date;
  @DateColumn() lastSeenAt!: Date;
  @DateColumn() expiresAt!: Date;
}
