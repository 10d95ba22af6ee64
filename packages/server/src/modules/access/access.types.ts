import { Field, ID } from "type-graphql";
import { ObjectType } from "../../graphql/object-type.js";

@ObjectType("Access", { description: "A user's right to use a product with a role, at a school or trust-wide." })
export class AccessObject {
  @Field(() => ID) id!: string;
  @Field(() => Date) grantedAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  userId!: string;
  productId!: string;
  roleId!: string;
  schoolId!: string | null;
  cohortId!: string | null;
}
