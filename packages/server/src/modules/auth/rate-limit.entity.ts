import { Column, Entity, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns.js";

/** A fixed-window counter kept in the database, so limits hold across server instances. */
@Entity()
export class RateLimit {
  @PrimaryColumn({ type: "varchar", length: 191 }) bucket!: string;
  @DateColumn() windowStart!: Date;
  @Column({ type: "int" }) count!: number;
}
