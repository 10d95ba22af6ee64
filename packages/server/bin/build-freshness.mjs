// @ts-check
// Whether the command line may run the build (dist/) or must run the sources: plain JavaScript,
// because it decides before anything is compiled.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * @typedef {{ kind: "build"; entry: string } | { kind: "sources"; entry: string; why: string }} Entry
 */

/**
 * The build when it is as new as everything it was made from, else the sources. `tsc -b` stamps
 * tsconfig.tsbuildinfo on every build, even one that finds nothing to emit; the server's build
 * also depends on the shared package's build, which the server loads at run time.
 * @param {string} serverRoot packages/server
 * @returns {Entry}
 */
export function commandEntry(serverRoot) {
  const sources = join(serverRoot, "src/cli/index.ts");
  const build = join(serverRoot, "dist/cli/index.js");
  const builtAt = modifiedAt(join(serverRoot, "tsconfig.tsbuildinfo"));
  if (builtAt === null || !existsSync(build)) return { kind: "sources", entry: sources, why: "the server is not built" };
  const newer =
    newerFile(join(serverRoot, "src"), builtAt, (path) => !/\.test\.ts$/.test(path) && !path.startsWith(join(serverRoot, "src/test/"))) ??
    newerFile(join(serverRoot, "../shared/dist"), builtAt, () => true);
  if (newer) return { kind: "sources", entry: sources, why: `${relative(join(serverRoot, ".."), newer)} is newer than the build` };
  return { kind: "build", entry: build };
}

/** @param {string} path */
function modifiedAt(path) {
  return existsSync(path) ? statSync(path).mtimeMs : null;
}

/**
 * The first file under `dir` (that `counts`) modified after `since`, or null.
 * @param {string} dir
 * @param {number} since
 * @param {(path: string) => boolean} counts
 * @returns {string | null}
 */
function newerFile(dir, since, counts) {
  if (!existsSync(dir)) return null;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = newerFile(path, since, counts);
      if (found) return found;
    } else if (counts(path) && statSync(path).mtimeMs > since) return path;
  }
  return null;
}
