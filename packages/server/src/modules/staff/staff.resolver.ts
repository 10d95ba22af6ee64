import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireActor, type Context } from "../../graphql/context.js";
import { SchoolObject } from "../school/school.types.js";
import { UserObject } from "../user/user.types.js";
import { StaffConnection, StaffFilter, StaffInput, StaffObject, UpsertStaffPayload } from "./staff.types.js";

@Resolver(() => StaffObject)
export class StaffResolver {
  @Query(() => StaffConnection)
  staff(
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => StaffFilter, { nullable: true }) filter: StaffFilter | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.staff.list(requireActor(ctx), { first, after, filter });
  }

  @Mutation(() => UpsertStaffPayload)
  upsertStaff(@Arg("input", () => [StaffInput]) input: StaffInput[], @Ctx() ctx: Context) {
    return ctx.services.staff.upsert(requireActor(ctx), input);
  }

  @FieldResolver(() => SchoolObject)
  school(@Root() staff: StaffObject, @Ctx() ctx: Context) {
    return ctx.loaders.school.load(staff.schoolId);
  }

  @FieldResolver(() => UserObject, { nullable: true, description: "the account with this email, once registered" })
  user(@Root() staff: StaffObject, @Ctx() ctx: Context) {
    return ctx.loaders.memberByEmail.load(staff.email);
  }
}
