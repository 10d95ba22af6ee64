import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { requireActor, type Context } from "../../graphql/context.js";
import { AccessObject } from "../access/access.types.js";
import { UserConnection, UserObject } from "./user.types.js";

@Resolver(() => UserObject)
export class UserResolver {
  @Query(() => UserConnection)
  users(
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.users.list(requireActor(ctx), { first, after, search });
  }

  @FieldResolver(() => [AccessObject], { description: "this user's accesses in your trust" })
  accesses(@Root() user: UserObject, @Ctx() ctx: Context) {
    return ctx.loaders.accessesByUser.load(user.id);
  }
}
