import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { requireActor, type Context } from "../../graphql/context.js";
import { CohortObject, ProductObject, ProductRoleObject } from "./product.types.js";

@Resolver(() => ProductObject)
export class ProductResolver {
  @Query(() => [ProductObject])
  products(@Ctx() ctx: Context) {
    return ctx.services.products.list(requireActor(ctx));
  }

  @FieldResolver(() => [ProductRoleObject])
  roles(@Root() product: ProductObject, @Ctx() ctx: Context) {
    return ctx.loaders.rolesByProduct.load(product.id);
  }

  @FieldResolver(() => [CohortObject])
  cohorts(@Root() product: ProductObject, @Ctx() ctx: Context) {
    return ctx.loaders.cohortsByProduct.load(product.id);
  }
}
