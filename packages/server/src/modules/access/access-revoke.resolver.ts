import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { requireActor, type Context } from "../../graphql/context.js";
import { BulkPayload } from "../../graphql/user-error.js";

@Resolver()
export class AccessRevokeResolver {
  @Mutation(() => BulkPayload, { description: "Ends an access; the row stays as history (revokedAt)." })
  revokeAccess(@Arg("accessId", () => ID) accessId: string, @Ctx() ctx: Context) {
    return ctx.services.accesses.revoke(requireActor(ctx), accessId);
  }
}
