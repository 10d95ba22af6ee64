import { Field } from "type-graphql";
import { ObjectType } from "../../graphql/object-type.js";
import { UserError } from "../../graphql/user-error.js";
import { UserObject } from "../user/user.types.js";
import { InvitationObject } from "./invitation.types.js";

@ObjectType("PublicInvitationItem", { description: "One thing the invitation offers, as the accept page shows it." })
export class PublicInvitationItem {
  @Field() productName!: string;
  @Field() roleName!: string;
  @Field(() => String, { nullable: true }) roleDescription!: string | null;
  @Field(() => String, { nullable: true, description: "null for a trust-level product" }) schoolName!: string | null;
  @Field(() => String, { nullable: true }) cohortName!: string | null;
}

@ObjectType("PublicInvitation", {
  description: "What the accept page shows to whoever holds the link (no sign-in). Opening it changes nothing.",
})
export class PublicInvitation {
  @Field({ description: "VALID, or why the link can't be used: INVALID_TOKEN, EXPIRED, CANCELLED, ALREADY_USED (accepted), DECLINED, RATE_LIMITED (too many bad links from here: wait a minute)" })
  status!: string;
  @Field(() => String, { nullable: true, description: "for a link that can't be used: what happened and what to do" })
  message!: string | null;
  @Field(() => String, { nullable: true }) trustName!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) lastName!: string | null;
  @Field(() => [PublicInvitationItem]) items!: PublicInvitationItem[];
  @Field(() => String, { nullable: true, description: "who sent it: the person to ask about it" }) invitedBy!: string | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field({ description: "the person already uses this trust's products: they sign in to accept" }) existingUser!: boolean;
}

@ObjectType("AcceptInvitationPayload")
export class AcceptInvitationPayload {
  @Field(() => InvitationObject, { nullable: true }) invitation!: InvitationObject | null;
  @Field(() => UserObject, { nullable: true }) user!: UserObject | null;
  @Field(() => [UserError], { description: "codes include INVALID_TOKEN, EXPIRED, CANCELLED, ALREADY_USED" }) errors!: UserError[];
}

@ObjectType("UserSignInPayload")
export class UserSignInPayload {
  @Field(() => UserObject, { nullable: true, description: "null when the sign-in failed" }) user!: UserObject | null;
  @Field(() => [UserError]) errors!: UserError[];
}
