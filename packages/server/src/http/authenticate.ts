import type { FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../modules/auth/actor.js";
import type { Services } from "../services.js";
import type { UserObject } from "../modules/user/user.types.js";

export interface Authentication {
  actor: Actor | null;
  authProblem: string | null;
  sessionToken: string | null;
}

export const sessionCookieName = (isProduction: boolean) => (isProduction ? "__Host-lanyard_session" : "lanyard_session");

/** Reads an API key (Authorization: Bearer) or else the signed session cookie. */
export async function authenticate(request: FastifyRequest, services: Services): Promise<Authentication> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const actor = match ? await services.apiKeys.resolve(match[1]!) : null;
    return actor
      ? { actor, authProblem: null, sessionToken: null }
      : { actor: null, authProblem: "That API key is not valid or has been revoked: send `Authorization: Bearer <key>` with an active key.", sessionToken: null };
  }
  const raw = request.cookies[sessionCookieName(services.config.isProduction)];
  if (!raw) return { actor: null, authProblem: null, sessionToken: null };
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return { actor: null, authProblem: "Your session has ended: sign in again.", sessionToken: null };
  const actor = await services.sessions.resolve(unsigned.value);
  return { actor, authProblem: actor ? null : "Your session has ended: sign in again.", sessionToken: unsigned.value };
}

export function setSessionCookie(reply: FastifyReply, isProduction: boolean, token: string, expiresAt: Date) {
  reply.setCookie(sessionCookieName(isProduction), token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: isProduction,
    signed: true,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, isProduction: boolean) {
  reply.clearCookie(sessionCookieName(isProduction), { path: "/", httpOnly: true, sameSite: "lax", secure: isProduction });
}

export const inviteeCookieName = (isProduction: boolean) => (isProduction ? "__Host-lanyard_invitee" : "lanyard_invitee");

/** The invitee signed in on this browser (a platform user accepting invitations), if any. */
export async function authenticateInvitee(request: FastifyRequest, services: Services): Promise<{ user: UserObject | null; token: string | null }> {
  const raw = request.cookies[inviteeCookieName(services.config.isProduction)];
  if (!raw) return { user: null, token: null };
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return { user: null, token: null };
  return { user: await services.userSessions.resolve(unsigned.value), token: unsigned.value };
}

export function cookieJar(reply: FastifyReply, name: string, isProduction: boolean, token: string | null) {
  return {
    token,
    set: (value: string, expiresAt: Date) =>
      reply.setCookie(name, value, { path: "/", httpOnly: true, sameSite: "lax", secure: isProduction, signed: true, expires: expiresAt }),
    clear: () => reply.clearCookie(name, { path: "/", httpOnly: true, sameSite: "lax", secure: isProduction }),
  };
}
