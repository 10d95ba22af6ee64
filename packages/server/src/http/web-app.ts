import { existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import fastifyStatic from "@fastify/static";
import { isPublicPath } from "@lanyard/shared";
import type { FastifyInstance } from "fastify";

const API_PREFIXES = ["/graphql", "/api/", "/healthz"];
/** The admin app, for every page that isn't public (client routing). */
const ADMIN_HTML = "index.html";
/** The public pages' own small app (sign-in, an invitee's link): see @lanyard/shared's PUBLIC_PAGES. */
const PUBLIC_HTML = "public.html";

/**
 * How long a browser may keep a file of the build. Vite names everything under assets/ by a hash
 * of its content, so a changed file is a new URL: keep those for a year without asking. An HTML
 * page names the current hashes, so the browser asks every time (and gets a 304 while unchanged).
 */
export function cacheControlFor(relativePath: string): string {
  const file = relativePath.split(sep).join("/").replace(/\.(br|gz)$/, "");
  if (file.startsWith("assets/")) return "public, max-age=31536000, immutable";
  if (file.endsWith(".html")) return "no-cache";
  return "public, max-age=3600";
}

/**
 * Serves the built browser app: each file as built (its .br or .gz written beside it at build
 * time when the browser takes one), public pages answered by public.html and every other page
 * by index.html.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | null) {
  const hasApp = webRoot !== null && existsSync(join(webRoot, ADMIN_HTML));
  const hasPublicApp = hasApp && existsSync(join(webRoot, PUBLIC_HTML));
  if (hasApp) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: [ADMIN_HTML],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header("cache-control", cacheControlFor(relative(webRoot, path)));
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0]!;
    const isPage = request.method === "GET" && !API_PREFIXES.some((p) => request.url.startsWith(p));
    if (isPage && hasApp && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.sendFile(hasPublicApp && isPublicPath(path) ? PUBLIC_HTML : ADMIN_HTML);
    }
    if (isPage && !hasApp) {
      return reply.code(404).type("text/plain").send("The browser app is not built: run `pnpm start` (or `pnpm build`) from the repository root.");
    }
    return reply.code(404).send({ error: `Nothing at ${request.method} ${path}` });
  });
}
