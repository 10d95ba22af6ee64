import { Entity, Index } from "typeorm";
import { DateColumn, IdColumn, TextColumn } from "../../db/columns.js";

/** A platform account: one per email across every trust. */
@Entity()
export class User {
  @IdColumn() id!: string;
  /** Normalised: trimmed and lower-cased. */
  @Index({ unique: true }) @TextColumn(254) email!: string;
  @TextColumn(100) firstName!: string;
  @TextColumn(100) lastName!: string;
  @TextColumn(200, { nullable: true }) passwordHash!: string | null;
  @DateColumn() createdAt!: Date;
}
