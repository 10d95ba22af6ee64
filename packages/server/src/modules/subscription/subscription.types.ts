import { Field, ID } from "type-graphql";
import { ObjectType } from "../../graphql/object-type.js";

@ObjectType("Subscription", { description: "A school's (or the trust's) paid access to a product." })
export class SubscriptionObject {
  @Field(() => ID) id!: string;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  productId!: string;
  schoolId!: string | null;
}
