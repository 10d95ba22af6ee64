import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { requireActor, type Context } from "../../graphql/context.js";
import { isActive } from "../subscription/subscription.entity.js";
import { SubscriptionObject } from "../subscription/subscription.types.js";
import { TrustObject } from "../trust/trust.types.js";
import { SchoolConnection, SchoolFilter, SchoolObject } from "./school.types.js";

@Resolver(() => SchoolObject)
export class SchoolResolver {
  @Query(() => SchoolConnection)
  schools(
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => SchoolFilter, { nullable: true }) filter: SchoolFilter | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.schools.list(requireActor(ctx), { first, after, filter });
  }

  @Query(() => SchoolObject, { nullable: true })
  school(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.schools.get(requireActor(ctx), id);
  }

  @FieldResolver(() => TrustObject)
  trust(@Root() school: SchoolObject, @Ctx() ctx: Context) {
    return ctx.loaders.trust.load(school.trustId);
  }

  @FieldResolver(() => [SubscriptionObject])
  subscriptions(@Root() school: SchoolObject, @Ctx() ctx: Context) {
    return ctx.loaders.subscriptionsBySchool.load(school.id);
  }

  @FieldResolver(() => Boolean)
  async hasActiveSubscription(@Root() school: SchoolObject, @Arg("productId", () => ID) productId: string, @Ctx() ctx: Context) {
    const subscriptions = await ctx.loaders.subscriptionsBySchool.load(school.id);
    return subscriptions.some((s) => s.productId === productId && isActive(s));
  }
}
