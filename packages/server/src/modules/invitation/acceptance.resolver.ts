import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { UserObject } from "../user/user.types.js";
import type { AcceptResult } from "./acceptance.service.js";
import { AcceptInvitationPayload, PublicInvitation, UserSignInPayload } from "./public-invitation.types.js";

/** The invitee's side: public operations, reached with the link's token (and, for accounts, a sign-in). */
@Resolver()
export class AcceptanceResolver {
  @Query(() => PublicInvitation, { description: "public: what the accept page shows for a link; changes nothing (rule 9)" })
  invitationByToken(@Arg("token") token: string, @Ctx() ctx: Context) {
    return ctx.services.acceptance.preview(token, ctx.ip);
  }

  @Mutation(() => AcceptInvitationPayload, {
    description: "public (no sign-in): a new person registers with a password; an existing user must be signed in",
  })
  async acceptInvitation(
    @Arg("token") token: string,
    @Arg("firstName", () => String, { nullable: true }) firstName: string | null,
    @Arg("lastName", () => String, { nullable: true }) lastName: string | null,
    @Arg("password", () => String, { nullable: true }) password: string | null,
    @Ctx() ctx: Context,
  ) {
    const result = await ctx.services.acceptance.accept(token, { firstName, lastName, password }, ctx.invitee, ctx.ip);
    if (result.session) ctx.inviteeSession.set(result.session.token, result.session.expiresAt);
    return answered(ctx, result);
  }

  @Mutation(() => AcceptInvitationPayload, { description: "public (no sign-in)" })
  async declineInvitation(@Arg("token") token: string, @Ctx() ctx: Context) {
    return answered(ctx, await ctx.services.acceptance.decline(token, ctx.ip));
  }

  @Query(() => UserObject, { nullable: true, description: "public: the invitee signed in on this browser, if any" })
  currentUser(@Ctx() ctx: Context) {
    return ctx.invitee;
  }

  @Mutation(() => UserSignInPayload, { description: "public: an invitee with an account signs in to accept" })
  async signInUser(@Arg("email") email: string, @Arg("password") password: string, @Ctx() ctx: Context): Promise<UserSignInPayload> {
    const result = await ctx.services.userSignIn.signIn(email, password, ctx.ip);
    if (!result.ok) return { user: null, errors: result.errors };
    if (ctx.inviteeSession.token) await ctx.services.userSessions.end(ctx.inviteeSession.token);
    ctx.inviteeSession.set(result.token, result.expiresAt);
    return { user: result.user, errors: [] };
  }

  @Mutation(() => Boolean, { description: "public: ends the invitee's session on this browser" })
  async signOutUser(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.inviteeSession.token) await ctx.services.userSessions.end(ctx.inviteeSession.token);
    ctx.inviteeSession.clear();
    return true;
  }
}

/** The payload, with loaders for the reader the service names, so the invitee can read back what they answered. */
function answered(ctx: Context, result: AcceptResult): AcceptInvitationPayload {
  if (result.reader) ctx.loaders = ctx.loadersFor(result.reader);
  return { invitation: result.invitation, user: result.user, errors: result.errors };
}
