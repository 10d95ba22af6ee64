import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { ProductObject } from "../product/product.types.js";
import { SchoolObject } from "../school/school.types.js";
import { isActive } from "./subscription.entity.js";
import { SubscriptionObject } from "./subscription.types.js";

@Resolver(() => SubscriptionObject)
export class SubscriptionResolver {
  @FieldResolver(() => ProductObject)
  product(@Root() subscription: SubscriptionObject, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(subscription.productId);
  }

  @FieldResolver(() => SchoolObject, { nullable: true, description: "null for a trust-level subscription" })
  school(@Root() subscription: SubscriptionObject, @Ctx() ctx: Context) {
    return subscription.schoolId ? ctx.loaders.school.load(subscription.schoolId) : null;
  }

  @FieldResolver(() => Boolean, { description: "started and not yet ended" })
  active(@Root() subscription: SubscriptionObject) {
    return isActive(subscription);
  }
}
