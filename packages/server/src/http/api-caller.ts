import type { FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../modules/auth/actor.js";
import { callerKind } from "../policy/callers.js";
import { Access, httpPermission } from "../policy/permissions.js";
import type { Services } from "../services.js";
import { authenticate } from "./authenticate.js";

/**
 * The caller of an /api route (a session cookie or an API key), once the permission table
 * (src/policy) allows them the route; otherwise the refusal is sent and null returned.
 */
export async function apiCaller(route: string, request: FastifyRequest, reply: FastifyReply, services: Services): Promise<Actor | null> {
  const auth = await authenticate(request, services);
  const access = httpPermission(route, callerKind(auth.actor));
  if (access === Access.SignIn) {
    await reply.code(401).send({ error: auth.authProblem ?? "Sign in to Lanyard, or send `Authorization: Bearer <api key>`." });
    return null;
  }
  if (access === Access.No) {
    await reply.code(403).send({ error: "Your account may not use this: ask a trust admin." });
    return null;
  }
  return auth.actor;
}
