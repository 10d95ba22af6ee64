// @ts-check
// The command line (`pnpm cli …`, `pnpm db:migrate`, `pnpm db:seed`, `pnpm schema`): runs the build
// when it is current, which starts in well under a second, else the sources compiled on the fly
// by swc (a few seconds), so a command never runs code older than what is on disk. Either runs in
// this process: signals, exit codes and the working folder are the command's own.
import { register } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { commandEntry } from "./build-freshness.mjs";

const serverRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = commandEntry(serverRoot);

if (entry.kind === "build") {
  await import(pathToFileURL(entry.entry).href);
} else {
  // Only a person at a terminal is told; scripts reading stdout or stderr see what they always did.
  if (process.stderr.isTTY) console.error(`lanyard: running the sources (${entry.why}); \`pnpm build\` makes commands start faster.`);
  // swc compiles with the server's tsconfig.json, wherever the command was typed (it would look in the working folder).
  process.env.SWC_NODE_PROJECT ??= join(serverRoot, "tsconfig.json");
  register("@swc-node/register/esm", import.meta.url);
  await import(pathToFileURL(entry.entry).href);
}
