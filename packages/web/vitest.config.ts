import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

export default mergeConfig(
  viteConfig({ command: "serve", mode: "test" }),
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: "unit",
            environment: "jsdom",
            include: ["src/**/*.test.{ts,tsx}", "bench/**/*.test.ts", "vite/**/*.test.ts"],
            setupFiles: ["./src/test/setup.ts"],
            css: false,
            // A screen renders Mantine under jsdom on two shared cores: a whole journey through one
            // (select, confirm, refetch) has taken just over vitest's default 5 s.
            testTimeout: 20_000,
          },
        },
        {
          extends: true,
          test: {
            name: "e2e",
            environment: "node",
            include: ["e2e/**/*.test.ts"],
            testTimeout: 60_000,
            hookTimeout: 180_000,
            fileParallelism: false,
            // The server shares this machine's two cores with chromium: a list can take longer than
            // vitest's default second to come back, and a poll must wait for it rather than fail.
            expect: { poll: { timeout: 15_000, interval: 100 } },
          },
        },
      ],
    },
  }),
);
