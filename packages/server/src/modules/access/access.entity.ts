import { Entity, Index, ManyToOne, type Relation } from "typeorm";
import { DateColumn, IdColumn, RefColumn, TextColumn } from "../../db/columns.js";
import { Cohort } from "../product/cohort.entity.js";
import { ProductRole } from "../product/product-role.entity.js";
import { Product } from "../product/product.entity.js";
import { School } from "../school/school.entity.js";
import { Trust } from "../trust/trust.entity.js";
import { User } from "../user/user.entity.js";

/**
 * A user's right to use a product with a role, at a school or trust-wide. Holding one makes
 * the user a member of the trust. Revoking keeps the row (revokedAt) as history.
 */
@Entity()
// revokedAt too, so "does this person hold anything in the trust" is read from the index alone.
@Index(["trustId", "userId", "revokedAt"])
@Index(["userId", "productId"])
@Index(["trustId", "schoolId", "productId"])
// "Was this item granted at once?": what a school admin may still resend or cancel (invitation.policy.ts).
@Index(["invitationItemId"])
export class Access {
  @IdColumn() id!: string;
  @RefColumn() trustId!: string;
  @ManyToOne(() => Trust, { onDelete: "CASCADE" }) trust?: Relation<Trust>;
  @RefColumn() userId!: string;
  @ManyToOne(() => User, { onDelete: "CASCADE" }) user?: Relation<User>;
  @RefColumn() productId!: string;
  @ManyToOne(() => Product, { onDelete: "CASCADE" }) product?: Relation<Product>;
  @RefColumn() roleId!: string;
  @ManyToOne(() => ProductRole, { onDelete: "CASCADE" }) role?: Relation<ProductRole>;
  @RefColumn({ nullable: true }) schoolId!: string | null;
  @ManyToOne(() => School, { onDelete: "CASCADE", nullable: true }) school?: Relation<School> | null;
  @RefColumn({ nullable: true }) cohortId!: string | null;
  @ManyToOne(() => Cohort, { onDelete: "SET NULL", nullable: true }) cohort?: Relation<Cohort> | null;
  @DateColumn() grantedAt!: Date;
  @DateColumn({ nullable: true }) revokedAt!: Date | null;
  @TextColumn(254, { nullable: true }) revokedBy!: string | null;
  /** The invitation item it came from, if any. */
  @RefColumn({ nullable: true }) invitationItemId!: string | null;
  /**
   * A hash of (trust, user, product, school) while the access is active, null once revoked:
   * unique, so concurrent grants can't give one person the same access twice (rule 4).
   */
  @Index({ unique: true }) @TextColumn(64, { nullable: true }) activeKey!: string | null;
}
