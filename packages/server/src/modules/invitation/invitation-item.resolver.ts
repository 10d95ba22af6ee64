import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { CohortObject, ProductObject, ProductRoleObject } from "../product/product.types.js";
import { SchoolObject } from "../school/school.types.js";
import { InvitationItemObject, SchoolInvitationSummary } from "./invitation.types.js";

@Resolver(() => InvitationItemObject)
export class InvitationItemResolver {
  @FieldResolver(() => ProductObject)
  product(@Root() item: InvitationItemObject, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(item.productId);
  }

  @FieldResolver(() => ProductRoleObject)
  role(@Root() item: InvitationItemObject, @Ctx() ctx: Context) {
    return ctx.loaders.role.load(item.roleId);
  }

  @FieldResolver(() => SchoolObject, { nullable: true, description: "null for a trust-level product" })
  school(@Root() item: InvitationItemObject, @Ctx() ctx: Context) {
    return item.schoolId ? ctx.loaders.school.load(item.schoolId) : null;
  }

  @FieldResolver(() => CohortObject, { nullable: true })
  cohort(@Root() item: InvitationItemObject, @Ctx() ctx: Context) {
    return item.cohortId ? ctx.loaders.cohort.load(item.cohortId) : null;
  }
}

@Resolver(() => SchoolInvitationSummary)
export class SchoolInvitationSummaryResolver {
  @FieldResolver(() => SchoolObject)
  school(@Root() summary: SchoolInvitationSummary, @Ctx() ctx: Context) {
    return ctx.loaders.school.load(summary.schoolId);
  }
}
