import { isPublicPath } from "../../shared/src/publicPages.ts";
import type { Plugin } from "vite";

/**
 * `vite` (development) answers the public pages with public.html, as the server does in
 * production, so both apps are tried as they will be served.
 */
export function publicPagesInDevelopment(): Plugin {
  return {
    name: "lanyard:public-pages",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const [path = "", query] = (request.url ?? "").split("?");
        if (request.method === "GET" && isPublicPath(path)) request.url = `/public.html${query ? `?${query}` : ""}`;
        next();
      });
    },
  };
}
