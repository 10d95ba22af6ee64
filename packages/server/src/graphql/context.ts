import type { Actor } from "../modules/auth/actor.js";
import type { Services } from "../services.js";
import { unauthenticated } from "./errors.js";
import { anonymousLoaders, type Loaders } from "./loaders.js";
import type { UserObject } from "../modules/user/user.types.js";

/** The browser session cookie, as the resolvers may change it. */
export interface SessionCookie {
  token: string | null;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  requestId: string;
  ip: string;
  actor: Actor | null;
  /** Why the credentials sent were refused, to say so instead of a bare "sign in". */
  authProblem: string | null;
  services: Services;
  session: SessionCookie;
  /** An invitee (platform user) signed in on this browser to accept invitations; separate from admin sessions. */
  invitee: UserObject | null;
  inviteeSession: SessionCookie;
  /** Per-request DataLoaders, scoped to the caller's trust. */
  loaders: Loaders;
  /** Loaders scoped to another caller: whoever signs in during this request. */
  loadersFor(actor: Actor): Loaders;
}

/**
 * The rest of this request acts for whoever just signed in: the payload's fields (the viewer's
 * trust and school) then resolve in their scope, as on their next request.
 */
export function actAs(ctx: Context, actor: Actor): void {
  ctx.actor = actor;
  ctx.authProblem = null;
  ctx.loaders = ctx.loadersFor(actor);
}

/** Whether this request reads a trust's data: a caller with credentials, or an invitee's own invitation. */
export const readsTrust = (ctx: Context) => ctx.loaders !== anonymousLoaders;

export function requireActor(ctx: Context): Actor {
  if (!ctx.actor) throw unauthenticated(ctx.authProblem ?? undefined);
  return ctx.actor;
}
