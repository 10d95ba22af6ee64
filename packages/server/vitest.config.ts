import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// Node loads graphql's CommonJS build for type-graphql and Apollo; vite would pick the ESM
// one for our sources, and graphql refuses to mix the two. One copy for all.
const graphqlEntry = createRequire(import.meta.url).resolve("graphql");

// The integration suite runs twice: against MariaDB and against the embedded SQLite file.
const shared = {
  setupFiles: ["./src/test/setup.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: "forks" as const,
};

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    projects: [
      {
        extends: true,
        test: { ...shared, name: "unit", include: ["src/**/*.unit.test.ts", "scripts/**/*.unit.test.ts", "bench/**/*.unit.test.ts"] },
      },
      {
        extends: true,
        test: { ...shared, name: "mariadb", include: ["src/**/*.test.ts"], exclude: ["src/**/*.unit.test.ts"], env: { TEST_DB: "mariadb" } },
      },
      {
        extends: true,
        test: { ...shared, name: "sqlite", include: ["src/**/*.test.ts"], exclude: ["src/**/*.unit.test.ts"], env: { TEST_DB: "sqlite" } },
      },
    ],
  },
});
