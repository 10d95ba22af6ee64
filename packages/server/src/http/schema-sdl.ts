import type { FastifyInstance } from "fastify";
import { SIGN_IN_FOR_SCHEMA } from "../graphql/limits.js";
import { printLanyardSchema } from "../graphql/schema.js";
import type { Services } from "../services.js";
import { authenticate } from "./authenticate.js";

/**
 * GET /schema.graphql: the SDL committed as packages/server/schema.graphql, for code generators.
 * In production only to a key or a session, as introspection is (limits.ts introspectionGuard).
 */
export function registerSchemaSdl(app: FastifyInstance, services: Services) {
  let sdl: Promise<string> | undefined;
  app.get("/schema.graphql", async (request, reply) => {
    if (services.config.isProduction && !(await authenticate(request, services)).actor) {
      return reply.code(401).header("www-authenticate", "Bearer").type("text/plain; charset=utf-8").send(`${SIGN_IN_FOR_SCHEMA}\n`);
    }
    sdl ??= printLanyardSchema();
    return reply.type("text/plain; charset=utf-8").send(await sdl);
  });
}
