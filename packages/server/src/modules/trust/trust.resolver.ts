import { Ctx, Query, Resolver } from "type-graphql";
import { requireActor, type Context } from "../../graphql/context.js";
import { TrustObject } from "./trust.types.js";

@Resolver(() => TrustObject)
export class TrustResolver {
  @Query(() => TrustObject)
  trust(@Ctx() ctx: Context) {
    return ctx.services.trusts.get(requireActor(ctx));
  }
}
