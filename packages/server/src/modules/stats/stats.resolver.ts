import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { requireActor, type Context } from "../../graphql/context.js";
import { InvitationFilter } from "../invitation/invitation.types.js";
import { ProductObject } from "../product/product.types.js";
import { SchoolObject } from "../school/school.types.js";
import { CountByProduct, CountBySchool, InvitationStats } from "./stats.types.js";

@Resolver(() => InvitationStats)
export class InvitationStatsResolver {
  @Query(() => InvitationStats, {
    description: "The invitations the filter matches (the same as invitations(filter).totalCount), counted; byDay covers `from` to `to` (default: the last 30 days).",
  })
  invitationStats(
    @Arg("filter", () => InvitationFilter, { nullable: true }) filter: InvitationFilter | null,
    @Arg("from", () => Date, { nullable: true, description: "the first UTC day of byDay (default: 29 days before `to`)" }) from: Date | null,
    @Arg("to", () => Date, { nullable: true, description: "the last UTC day of byDay (default: today)" }) to: Date | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.invitationStats.stats(requireActor(ctx), filter, from, to);
  }
}

@Resolver(() => CountBySchool)
export class CountBySchoolResolver {
  @FieldResolver(() => SchoolObject)
  school(@Root() count: CountBySchool, @Ctx() ctx: Context) {
    return ctx.loaders.school.load(count.schoolId);
  }
}

@Resolver(() => CountByProduct)
export class CountByProductResolver {
  @FieldResolver(() => ProductObject)
  product(@Root() count: CountByProduct, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(count.productId);
  }
}
