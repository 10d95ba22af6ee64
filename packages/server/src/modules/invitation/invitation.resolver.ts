import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor, type Context } from "../../graphql/context.js";
import { BulkPayload } from "../../graphql/user-error.js";
import { StaffObject } from "../staff/staff.types.js";
import { SchoolObject } from "../school/school.types.js";
import {
  InvitationConnection,
  InvitationEventObject,
  InvitationFilter,
  InvitationItemObject,
  InvitationObject,
  InvitationSelection,
  InviteStaffInput,
  InviteStaffPayload,
  SchoolInvitationSummary,
} from "./invitation.types.js";

@Resolver(() => InvitationObject)
export class InvitationResolver {
  @Query(() => InvitationConnection, { description: "newest first" })
  invitations(
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => InvitationFilter, { nullable: true }) filter: InvitationFilter | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.invitationReads.list(requireActor(ctx), { first, after, filter });
  }

  @Query(() => InvitationObject, { nullable: true })
  invitation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.invitationReads.byId(requireActor(ctx), id);
  }

  @Query(() => [SchoolInvitationSummary], { description: "The organisation view: one row per school with invitations." })
  schoolInvitationSummaries(@Arg("filter", () => InvitationFilter, { nullable: true }) filter: InvitationFilter | null, @Ctx() ctx: Context) {
    return ctx.services.invitationReads.schoolSummaries(requireActor(ctx), filter);
  }

  @Mutation(() => InviteStaffPayload)
  inviteStaff(@Arg("input", () => InviteStaffInput) input: InviteStaffInput, @Ctx() ctx: Context) {
    return ctx.services.invitations.invite(requireActor(ctx), input);
  }

  @Mutation(() => BulkPayload, { description: "A fresh link (the old one stops working), the expiry restarted, a reminder email." })
  resendInvitations(@Arg("selection", () => InvitationSelection) selection: InvitationSelection, @Ctx() ctx: Context) {
    return ctx.services.followUp.resend(requireActor(ctx), selection);
  }

  @Mutation(() => BulkPayload, { description: "Cancels open invitations: their links stop working and say so." })
  cancelInvitations(@Arg("selection", () => InvitationSelection) selection: InvitationSelection, @Ctx() ctx: Context) {
    return ctx.services.followUp.cancel(requireActor(ctx), selection);
  }

  @FieldResolver(() => StaffObject, { nullable: true })
  staff(@Root() invitation: InvitationObject, @Ctx() ctx: Context) {
    return invitation.staffId ? ctx.loaders.staff.load(invitation.staffId) : null;
  }

  @FieldResolver(() => SchoolObject, { nullable: true, description: "the school it is listed under; null for trust-level only" })
  school(@Root() invitation: InvitationObject, @Ctx() ctx: Context) {
    return invitation.schoolId ? ctx.loaders.school.load(invitation.schoolId) : null;
  }

  @FieldResolver(() => [InvitationItemObject])
  items(@Root() invitation: InvitationObject, @Ctx() ctx: Context) {
    return ctx.loaders.invitationItems.load(invitation.id);
  }

  @FieldResolver(() => [InvitationEventObject], { description: "its history, oldest first" })
  events(@Root() invitation: InvitationObject, @Ctx() ctx: Context) {
    return ctx.loaders.invitationEvents.load(invitation.id);
  }
}
