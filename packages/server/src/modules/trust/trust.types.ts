import { Field, ID, Int } from "type-graphql";
import { ObjectType } from "../../graphql/object-type.js";

@ObjectType("Trust", { description: "A multi-academy trust: the tenant." })
export class TrustObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() slug!: string;
  @Field(() => Int) defaultInviteExpiryDays!: number;
  @Field() requiresSchoolApproval!: boolean;
  @Field(() => [Int], { description: "automatic reminders, days after sending; empty: none" }) reminderDays!: number[];
}
