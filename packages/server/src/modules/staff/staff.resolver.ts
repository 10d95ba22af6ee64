import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { selects } from "../../graphql/selection.js";
import { requireActor, type Context } from "../../graphql/context.js";
import { SchoolObject } from "../school/school.types.js";
import { UserObject } from "../user/user.types.js";
import { AccessObject } from "../access/access.types.js";
import { InvitationObject } from "../invitation/invitation.types.js";
import type { RosterRow } from "./staff.service.js";
import { StaffConnection, StaffFilter, StaffInput, StaffObject, UpsertStaffPayload } from "./staff.types.js";

// Roots are typed as the plain row (an interface), so type-graphql passes them through
// instead of copying each into a StaffObject for every field it resolves.
@Resolver(() => StaffObject)
export class StaffResolver {
  @Query(() => StaffConnection)
  async staff(
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => StaffFilter, { nullable: true }) filter: StaffFilter | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const include = { school: selects(info, "edges", "node", "school"), user: selects(info, "edges", "node", "user") };
    const page = await ctx.services.staff.list(requireActor(ctx), { first, after, filter }, include);
    // The rows carry their school and account: the loaders answer the field resolvers from them.
    for (const { node } of page.edges) {
      if (node.school) ctx.loaders.school.prime(node.schoolId, node.school);
      if (node.user !== undefined) ctx.loaders.memberByEmail.prime(node.email, node.user);
    }
    return page;
  }

  @Mutation(() => UpsertStaffPayload)
  upsertStaff(@Arg("input", () => [StaffInput]) input: StaffInput[], @Ctx() ctx: Context) {
    return ctx.services.staff.upsert(requireActor(ctx), input);
  }

  @FieldResolver(() => SchoolObject)
  school(@Root() staff: RosterRow, @Ctx() ctx: Context) {
    return ctx.loaders.school.load(staff.schoolId);
  }

  @FieldResolver(() => [AccessObject], { description: "this person's active accesses in your trust" })
  accesses(@Root() staff: RosterRow, @Ctx() ctx: Context) {
    return ctx.loaders.activeAccessesByEmail.load(staff.email);
  }

  @FieldResolver(() => [InvitationObject], { description: "this person's open (SCHEDULED or PENDING) invitations in your trust" })
  openInvitations(@Root() staff: RosterRow, @Ctx() ctx: Context) {
    return ctx.loaders.openInvitationsByEmail.load(staff.email);
  }

  @FieldResolver(() => UserObject, { nullable: true, description: "the account with this email, once registered" })
  user(@Root() staff: RosterRow, @Ctx() ctx: Context) {
    return ctx.loaders.memberByEmail.load(staff.email);
  }
}
