import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

const API_PREFIXES = ["/graphql", "/api/", "/healthz"];

/** Serves the built browser app, with every unknown page answered by index.html (client routing). */
export async function registerWebApp(app: FastifyInstance, webRoot: string | null) {
  const hasApp = webRoot !== null && existsSync(join(webRoot, "index.html"));
  if (hasApp) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: ["index.html"], maxAge: "1h", immutable: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === "GET" && !API_PREFIXES.some((p) => request.url.startsWith(p));
    if (isPage && hasApp && !/\.[a-z0-9]+$/i.test(request.url.split("?")[0]!)) {
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    if (isPage && !hasApp) {
      return reply.code(404).type("text/plain").send("The browser app is not built: run `pnpm start` (or `pnpm build`) from the repository root.");
    }
    return reply.code(404).send({ error: `Nothing at ${request.method} ${request.url.split("?")[0]}` });
  });
}
