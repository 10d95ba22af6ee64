import { Field, Float, Int } from "type-graphql";
import { InvitationState } from "@lanyard/shared";
import { ObjectType } from "../../graphql/object-type.js";

@ObjectType("CountByState")
export class CountByState {
  @Field(() => InvitationState) state!: InvitationState;
  @Field(() => Int) count!: number;
}

@ObjectType("CountByDay", { description: "Invitations sent, and accepted, on one UTC day." })
export class CountByDay {
  @Field({ description: "YYYY-MM-DD (UTC)" }) day!: string;
  @Field(() => Int, { description: "invitations whose email went out that day (the latest send, for a resent one)" }) sent!: number;
  @Field(() => Int, { description: "invitations accepted that day" }) accepted!: number;
}

@ObjectType("CountBySchool", { description: "The invitations listed under one school (for a school admin: theirs)." })
export class CountBySchool {
  schoolId!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int, { description: "PENDING" }) pending!: number;
}

@ObjectType("CountByProduct", { description: "The invitations holding one product (an invitation with several products counts under each)." })
export class CountByProduct {
  productId!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int, { description: "PENDING" }) pending!: number;
}

@ObjectType("InvitationStats", { description: "The invitations a filter matches, counted: always the same invitations as the list's totalCount." })
export class InvitationStats {
  @Field(() => Int, { description: "equal to invitations(filter).totalCount" }) total!: number;
  @Field(() => [CountByState], { description: "every state, in the order of the lifecycle; the counts add up to total" }) byState!: CountByState[];
  @Field(() => [CountByDay], { description: "every UTC day from `from` to `to`, oldest first, days without any included" }) byDay!: CountByDay[];
  @Field(() => [CountBySchool], { description: "most invitations first" }) bySchool!: CountBySchool[];
  @Field(() => [CountByProduct], { description: "most invitations first" }) byProduct!: CountByProduct[];
  @Field(() => Float, { description: "accepted / (all but SCHEDULED and CANCELLED); 0 when there are none" }) acceptanceRate!: number;
  @Field(() => Float, {
    nullable: true,
    description: "the median time from the email going out to acceptance, in hours, counted in whole minutes; null when none were accepted after an email (people granted access at once are not counted)",
  })
  medianHoursToAccept!: number | null;
}
