import { Entity, Index, ManyToOne, type Relation } from "typeorm";
import { IdColumn, RefColumn, TextColumn } from "../../db/columns.js";
import { Cohort } from "../product/cohort.entity.js";
import { ProductRole } from "../product/product-role.entity.js";
import { Product } from "../product/product.entity.js";
import { School } from "../school/school.entity.js";
import { Invitation } from "./invitation.entity.js";

/** One grant an invitation asks for: a product with a role, at a school (or trust-wide), maybe in a cohort. */
@Entity()
@Index(["invitationId"])
// Led by product and by school, these two also serve the foreign keys on product_id and
// school_id: MariaDB would otherwise keep an index of its own for each (fewer indexes, cheaper
// inserts: inviteStaff writes thousands of items at once). Ids are unique across trusts, and
// every query still names the trust.
@Index(["productId", "roleId"])
@Index("IDX_invitation_item_school_product_trust", ["schoolId", "productId", "trustId"])
@Index(["cohortId"])
export class InvitationItem {
  @IdColumn() id!: string;
  @RefColumn() trustId!: string;
  @RefColumn() invitationId!: string;
  @ManyToOne(() => Invitation, { onDelete: "CASCADE" }) invitation?: Relation<Invitation>;
  @RefColumn() productId!: string;
  @ManyToOne(() => Product, { onDelete: "CASCADE" }) product?: Relation<Product>;
  @RefColumn() roleId!: string;
  @ManyToOne(() => ProductRole, { onDelete: "CASCADE" }) role?: Relation<ProductRole>;
  @RefColumn({ nullable: true }) schoolId!: string | null;
  @ManyToOne(() => School, { onDelete: "CASCADE", nullable: true }) school?: Relation<School> | null;
  @RefColumn({ nullable: true }) cohortId!: string | null;
  @ManyToOne(() => Cohort, { onDelete: "SET NULL", nullable: true }) cohort?: Relation<Cohort> | null;
  /**
   * Rule 4, enforced by the database: a hash of (trust, email, product, school) while the
   * item is open (SCHEDULED or PENDING), null once it closes. Being unique, two concurrent
   * requests can't both hold the same open item.
   */
  @Index({ unique: true }) @TextColumn(64, { nullable: true }) openKey!: string | null;
}
