// `pnpm start`: build what is stale, then run the server (which migrates and seeds the demo
// trust into an empty database). A second start with nothing changed skips the builds.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const web = join(root, "packages/web");

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).filter((n) => n !== "node_modules" && n !== "dist" && n !== "gql" && n !== "gql-public").map((n) => newest(join(path, n))));
}

function run(label, command, args, cwd = root) {
  const started = Date.now();
  process.stdout.write(`${label}… `);
  const result = spawnSync(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (result.status !== 0) {
    process.stdout.write("failed\n");
    process.stderr.write(result.stdout + result.stderr);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`done (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

// tsc -b is incremental: with nothing changed it answers in a second or two.
run("Building the server", "pnpm", ["--silent", "--filter", "@lanyard/shared", "--filter", "@lanyard/server", "build"]);

// Both apps (admin and public pages): a build without either is stale.
const webBuilt = Math.min(newest(join(web, "dist/index.html")), newest(join(web, "dist/public.html")));
const webSources = Math.max(newest(join(web, "src")), newest(join(web, "index.html")), newest(join(web, "public.html")), newest(join(web, "vite.config.ts")), newest(join(web, "vite")), newest(join(root, "packages/server/schema.graphql")), newest(join(root, "packages/shared/src")));
if (webBuilt < webSources) run("Building the browser app", "pnpm", ["--silent", "--filter", "@lanyard/web", "build"]);

const server = spawn(process.execPath, [join(root, "packages/server/dist/main.js")], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
