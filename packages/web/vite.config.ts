import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = "http://localhost:4000";

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Use the shared package's sources directly: no build step needed for the web app.
    alias: { "@lanyard/shared": fileURLToPath(new URL("../shared/src/index.ts", import.meta.url)) },
  },
  server: {
    proxy: { "/graphql": api, "/api": api, "/healthz": api },
  },
  build: {
    rollupOptions: {
      output: {
        // Keep the big, rarely-changing libraries in their own cacheable chunks.
        manualChunks(id: string) {
          if (id.includes("node_modules/@mantine") || id.includes("node_modules/@floating-ui")) return "mantine";
          if (id.includes("node_modules/@apollo") || id.includes("node_modules/graphql") || id.includes("node_modules/rxjs")) return "apollo";
          if (id.includes("node_modules/react") || id.includes("node_modules/scheduler")) return "react";
          return undefined;
        },
      },
    },
  },
});
