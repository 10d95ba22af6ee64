import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { DeliveryState, InvitationState } from "@lanyard/shared";
import { ConnectionType } from "../../graphql/connection.js";
import { ObjectType } from "../../graphql/object-type.js";
import { UserError } from "../../graphql/user-error.js";

registerEnumType(InvitationState, { name: "InvitationState" });
registerEnumType(DeliveryState, { name: "DeliveryState" });

/** The invitation row as the list query reads it; the object type's fields come from it. */
@ObjectType("Invitation", { description: "One email to one person asking them to take up one or more items." })
export class InvitationObject {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) lastName!: string | null;
  @Field(() => InvitationState) state!: InvitationState;
  @Field() existingUser!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: "when the email is (or was) due" }) sendAt!: Date | null;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  @Field(() => DeliveryState, { nullable: true }) delivery!: DeliveryState | null;
  @Field(() => String, { nullable: true, description: "the last delivery error, while delivery is FAILED" }) lastError!: string | null;
  @Field({ description: "held until the school's admin approves (organisation approval)" }) awaitingApproval!: boolean;
  @Field({ description: "who invited them: the admin's email or the API key's name" }) invitedBy!: string;
  trustId!: string;
  staffId!: string | null;
  schoolId!: string | null;
}

@ObjectType("InvitationItem")
export class InvitationItemObject {
  @Field(() => ID) id!: string;
  invitationId!: string;
  productId!: string;
  roleId!: string;
  schoolId!: string | null;
  cohortId!: string | null;
}

@ObjectType("InvitationEvent")
export class InvitationEventObject {
  @Field(() => Date) at!: Date;
  @Field({ description: "CREATED, SENT, DELIVERY_FAILED, RESENT, ACCEPTED, DECLINED, CANCELLED, EXPIRED, …" }) kind!: string;
  @Field(() => String, { nullable: true, description: "the admin or key name; null for the system or the invitee" })
  actorEmail!: string | null;
  @Field(() => String, { nullable: true, description: "what happened, in a few words; a time it refers to is in `date`, never in this text" })
  detail!: string | null;
  @Field(() => Date, {
    nullable: true,
    description: "the time the event refers to: the send time of a SCHEDULED invitation, the new link's expiry of a RESENT one; null when it refers to none",
  })
  date!: Date | null;
}

export const InvitationConnection = ConnectionType("Invitation", InvitationObject);

@InputType("InvitationFilter")
export class InvitationFilter {
  @Field(() => [InvitationState], { nullable: true }) states?: InvitationState[] | null;
  @Field(() => ID, { nullable: true }) productId?: string | null;
  @Field(() => ID, { nullable: true }) roleId?: string | null;
  @Field(() => ID, { nullable: true }) cohortId?: string | null;
  @Field(() => ID, { nullable: true }) schoolId?: string | null;
  @Field(() => String, { nullable: true, description: "email or name" }) search?: string | null;
  @Field(() => Date, { nullable: true }) sentFrom?: Date | null;
  @Field(() => Date, { nullable: true }) sentTo?: Date | null;
  @Field(() => Date, { nullable: true, description: "with expiresTo: only invitations whose expiresAt falls in [expiresFrom, expiresTo], e.g. those expiring in the next 7 days" })
  expiresFrom?: Date | null;
  @Field(() => Date, { nullable: true }) expiresTo?: Date | null;
  @Field(() => DeliveryState, { nullable: true }) delivery?: DeliveryState | null;
  @Field(() => Boolean, { nullable: true, description: "SCHEDULED or PENDING" }) unresolved?: boolean | null;
}

@InputType("InvitationSelection")
export class InvitationSelection {
  @Field(() => [ID], { nullable: true, description: "these invitations" }) ids?: string[] | null;
  @Field(() => InvitationFilter, { nullable: true, description: "or every invitation matching this filter" })
  filter?: InvitationFilter | null;
}

@InputType("InviteItemInput")
export class InviteItemInput {
  @Field(() => ID) productId!: string;
  @Field(() => [ID], { nullable: true, description: "school-level product: the schools; empty or absent for a trust-level product" })
  schoolIds?: string[] | null;
  @Field(() => ID, { nullable: true }) cohortId?: string | null;
}

@InputType("InviteStaffInput")
export class InviteStaffInput {
  @Field(() => [ID], { nullable: true, description: "people from the roster" }) staffIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: "or people by email (not on any roster)" }) emails?: string[] | null;
  @Field(() => [InviteItemInput]) items!: InviteItemInput[];
  @Field({ description: "one role for every item (each product must have a role with this code)" }) roleCode!: string;
  @Field(() => Date, { nullable: true, description: "default: now + the trust's defaultInviteExpiryDays" }) expiresAt?: Date | null;
  @Field(() => Date, { nullable: true, description: "default: now" }) sendAt?: Date | null;
  @Field(() => Boolean, { nullable: true, description: "true: write nothing; report the summary and what would be skipped" })
  dryRun?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "true: also return each new person's accept link, to share another way" })
  returnLinks?: boolean | null;
}

@ObjectType("InviteLink")
export class InviteLink {
  @Field(() => ID) invitationId!: string;
  @Field() email!: string;
  @Field({ description: "shown once: only a hash of its token is stored" }) url!: string;
}

@ObjectType("InviteSummary")
export class InviteSummary {
  @Field(() => Int, { description: "emails that go (or would go) out" }) invitations!: number;
  @Field(() => Int, { description: "product/school grants across them" }) items!: number;
  @Field(() => Int, { description: "people without an account, who will register" }) newPeople!: number;
  @Field(() => Int, { description: "people who already have an account" }) existingUsers!: number;
  @Field(() => Int) skipped!: number;
}

@ObjectType("SkippedItem")
export class SkippedItem {
  @Field() email!: string;
  @Field(() => ID) productId!: string;
  @Field(() => ID, { nullable: true }) schoolId!: string | null;
  @Field({ description: "NO_SUBSCRIPTION | ALREADY_INVITED | ALREADY_HAS_ACCESS | NOT_ALLOWED | UNKNOWN_ROLE" }) reason!: string;
}

@ObjectType("InviteStaffPayload")
export class InviteStaffPayload {
  @Field(() => [InvitationObject], { description: "created (empty for a dry run)" }) invitations!: InvitationObject[];
  @Field(() => InviteSummary) summary!: InviteSummary;
  @Field(() => [InviteLink], { description: "only with returnLinks" }) links!: InviteLink[];
  @Field(() => [SkippedItem]) skipped!: SkippedItem[];
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType("SchoolInvitationSummary", { description: "The organisation view: one row per school." })
export class SchoolInvitationSummary {
  schoolId!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: "sent unresolved: PENDING" }) unresolved!: number;
  @Field(() => Int, { description: "SCHEDULED, or waiting for the school's approval" }) unsent!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int, { description: "delivery FAILED" }) errors!: number;
  @Field(() => Int, { description: "products the school has agreed to (until organisation approval: products it has invitations for)" })
  productsAgreed!: number;
  @Field(() => Int) productsTotal!: number;
  @Field(() => Date, { nullable: true }) lastSentAt!: Date | null;
}
