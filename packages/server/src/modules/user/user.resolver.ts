import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { readsTrust, requireActor, type Context } from "../../graphql/context.js";
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

  @FieldResolver(() => [AccessObject], {
    description: "this user's accesses in your trust (after accepting, the invitation's trust); empty for an invitee who is only signed in",
  })
  accesses(@Root() user: UserObject, @Ctx() ctx: Context) {
    // An invitee signed in to accept acts in no trust: no trust's accesses are theirs to read here.
    return readsTrust(ctx) ? ctx.loaders.accessesByUser.load(user.id) : [];
  }
}
