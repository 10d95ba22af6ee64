import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { requireActor, type Context } from "../../graphql/context.js";
import { forbidden } from "../../graphql/errors.js";
import { BulkPayload } from "../../graphql/user-error.js";
import type { Actor } from "./actor.js";
import { apiKeyPolicy } from "./api-key.policy.js";
import { ApiKeyObject, CreateApiKeyPayload } from "./auth.types.js";

function requireTrustAdmin(ctx: Context): Actor {
  const actor = requireActor(ctx);
  if (!apiKeyPolicy.manage(actor)) throw forbidden("Only a trust administrator can manage API keys.");
  return actor;
}

@Resolver()
export class ApiKeyResolver {
  @Query(() => [ApiKeyObject])
  apiKeys(@Ctx() ctx: Context) {
    return ctx.services.apiKeys.list(requireTrustAdmin(ctx).trustId);
  }

  @Mutation(() => CreateApiKeyPayload)
  async createApiKey(
    @Arg("name") name: string,
    @Arg("readOnly", () => Boolean, { nullable: true }) readOnly: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<CreateApiKeyPayload> {
    const actor = requireTrustAdmin(ctx);
    const result = await ctx.services.apiKeys.create(actor.trustId, { name, readOnly }, actor);
    if ("errors" in result) return { apiKey: null, secret: null, errors: result.errors };
    return { apiKey: result.apiKey, secret: result.secret, errors: [] };
  }

  @Mutation(() => BulkPayload)
  async revokeApiKey(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<BulkPayload> {
    const actor = requireTrustAdmin(ctx);
    const count = await ctx.services.apiKeys.revoke(actor.trustId, { id }, actor);
    return {
      count,
      errors: count ? [] : [{ code: "NOT_FOUND", message: "No active API key with this id in your trust.", field: ["id"] }],
    };
  }
}
