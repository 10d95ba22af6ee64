import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// The app's own import graph, read from its sources (a build-time helper: no bundler needed).

const IMPORT = /(?:import|export)\s+(type\s+)?(?:([\w*{}\s,]+?)\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const SOURCE_EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx", ""];

export interface ImportGraph {
  /** Every source file reached, static and lazy imports followed. */
  files: Set<string>;
  /** Each package imported (as written, e.g. "@mantine/core", "react-dom/client") and the value names taken from it. */
  packages: Map<string, Set<string>>;
}

function resolveSource(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const extension of SOURCE_EXTENSIONS) {
    const path = base + extension;
    if (existsSync(path) && /\.tsx?$/.test(path)) return path;
  }
  return null;
}

/** Follows relative imports from `entry`; `aliases` maps a package name to a source file to follow instead. */
export function importGraph(entry: string, aliases: Record<string, string> = {}): ImportGraph {
  const files = new Set<string>();
  const packages = new Map<string, Set<string>>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const [, typeOnly, clause = "", specifier = "", dynamic] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      if (typeOnly) continue;
      const target = dynamic ?? specifier;
      if (target.startsWith(".")) {
        const resolved = resolveSource(file, target);
        if (resolved) queue.push(resolved);
        continue;
      }
      if (aliases[target]) queue.push(aliases[target]);
      const names = packages.get(target) ?? new Set<string>();
      packages.set(target, names);
      for (const part of (clause.match(/\{([^}]*)\}/)?.[1] ?? "").split(",")) {
        const name = part.trim().split(/\s+as\s+/)[0]!.trim();
        if (name && !name.startsWith("type ")) names.add(name);
      }
    }
  }
  return { files, packages };
}
