import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { actAs, requireActor } from "../../graphql/context.js";
import { SchoolObject } from "../school/school.types.js";
import { TrustObject } from "../trust/trust.types.js";
import type { Actor } from "./actor.js";
import { SignInPayload, ViewerObject } from "./auth.types.js";

const viewerOf = (actor: Actor): ViewerObject => ({
  email: actor.label,
  role: actor.role,
  trustId: actor.trustId,
  schoolId: actor.schoolId,
});

@Resolver(() => ViewerObject)
export class AuthResolver {
  @Query(() => ViewerObject, { description: "Who is calling." })
  viewer(@Ctx() ctx: Context): ViewerObject {
    return viewerOf(requireActor(ctx));
  }

  @Mutation(() => SignInPayload, { description: "browser sessions: sets the httpOnly session cookie" })
  async signIn(@Arg("email") email: string, @Arg("password") password: string, @Ctx() ctx: Context): Promise<SignInPayload> {
    const result = await ctx.services.signIn.signIn(email, password, ctx.ip);
    if (!result.ok) return { viewer: null, errors: result.errors };
    // A new session id at every sign-in: an old cookie (possibly planted) is ended.
    if (ctx.session.token) await ctx.services.sessions.end(ctx.session.token);
    ctx.session.set(result.token, result.expiresAt);
    actAs(ctx, result.actor);
    return { viewer: viewerOf(result.actor), errors: [] };
  }

  @Mutation(() => Boolean, { description: "browser sessions: ends the session and clears its cookie" })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.session.token) await ctx.services.sessions.end(ctx.session.token);
    ctx.session.clear();
    return true;
  }

  @FieldResolver(() => TrustObject)
  async trust(@Root() viewer: ViewerObject, @Ctx() ctx: Context) {
    return ctx.loaders.trust.load(viewer.trustId);
  }

  @FieldResolver(() => SchoolObject, { nullable: true, description: "set for a school admin" })
  school(@Root() viewer: ViewerObject, @Ctx() ctx: Context) {
    return viewer.schoolId ? ctx.loaders.school.load(viewer.schoolId) : null;
  }
}
