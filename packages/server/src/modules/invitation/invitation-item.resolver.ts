import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { invitationPolicy } from "./invitation.policy.js";
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

  @FieldResolver(() => SchoolObject, { nullable: true, description: "null for a trust-level product, or a school you don't administer" })
  school(@Root() item: InvitationItemObject, @Ctx() ctx: Context) {
    return item.schoolId ? ctx.loaders.school.load(item.schoolId) : null;
  }

  @FieldResolver(() => Boolean, {
    description: "whether this item is yours to manage; false for a school admin where it is managed by the trust (another school, or a trust-level product)",
  })
  viewerCanManage(@Root() item: InvitationItemObject, @Ctx() ctx: Context) {
    return ctx.actor ? invitationPolicy.manages(ctx.actor, item) : false;
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
