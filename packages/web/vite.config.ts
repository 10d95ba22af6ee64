import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type BuildEnvironmentOptions } from "vite";
import { publicMantineCss } from "./vite/mantineCss.ts";
import { precompress } from "./vite/precompress.ts";
import { preloadLazyApp } from "./vite/preloadLazyApp.ts";
import { publicPagesInDevelopment } from "./vite/publicPages.ts";

const api = "http://localhost:4000";
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Two apps, built one after the other into dist/ (`vite build`, then `vite build --mode public`):
// the admin app (index.html) and the public pages' own (public.html: sign-in, an invitee's link).
// Built apart, they share no chunk, so a public page loads one script of its own and nothing that
// the admin app needs, rather than the many small common chunks a joint build splits out.
const adminBuild: BuildEnvironmentOptions = {
  rolldownOptions: { input: here("index.html") },
};
const publicBuild: BuildEnvironmentOptions = {
  emptyOutDir: false,
  copyPublicDir: false,
  rolldownOptions: { input: here("public.html") },
};

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    publicPagesInDevelopment(),
    publicMantineCss(here("src/public/app.tsx"), here("node_modules/@mantine/core")),
    preloadLazyApp(here("src/public/app.tsx")),
    precompress(),
  ],
  resolve: {
    // Use the shared package's sources directly: no build step needed for the web app.
    alias: { "@lanyard/shared": here("../shared/src/index.ts") },
  },
  server: {
    proxy: { "/graphql": api, "/api": api, "/healthz": api },
  },
  build: mode === "public" ? publicBuild : adminBuild,
}));
