import { Column, Entity, Index, ManyToOne, type Relation } from "typeorm";
import { DateColumn, IdColumn, RefColumn, TextColumn } from "../../db/columns.js";
import { Trust } from "../trust/trust.entity.js";

/** An integrator's key. Only the SHA-256 of the secret is kept. */
@Entity()
@Index(["trustId", "name"])
export class ApiKey {
  @IdColumn() id!: string;
  @RefColumn() trustId!: string;
  @ManyToOne(() => Trust, { onDelete: "CASCADE" }) trust?: Relation<Trust>;
  @TextColumn(100) name!: string;
  /** The first characters of the key, to recognise it in lists. */
  @TextColumn(16) prefix!: string;
  @Index({ unique: true }) @TextColumn(64) secretHash!: string;
  @Column({ type: "boolean", default: false }) readOnly!: boolean;
  @DateColumn() createdAt!: Date;
  @DateColumn({ nullable: true }) lastUsedAt!: Date | null;
  @DateColumn({ nullable: true }) revokedAt!: Date | null;
}
