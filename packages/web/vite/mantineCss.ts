import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Plugin } from "vite";
import { importGraph } from "./importGraph.ts";

// Mantine's styles.css holds every component's CSS (26 KB brotli, parsed before a page can paint).
// The public app needs a fifth of it: the CSS of the Mantine components its code imports, found by
// reading its import graph at build time, so a page that starts using a new component gets its CSS
// without anyone listing it.

const GLOBAL_CSS = ["baseline.css", "default-css-variables.css", "global.css"];

/** Names of the values imported from @mantine/core anywhere in the app's own sources reachable from `entry`. */
export function mantineImportsOf(entry: string): Set<string> {
  return importGraph(entry).packages.get("@mantine/core") ?? new Set();
}

/** Mantine's component folders (components/<Name>) that the exports `names` use, directly or inside. */
export function mantineComponentsOf(names: Iterable<string>, mantineEsm: string): Set<string> {
  const index = readFileSync(join(mantineEsm, "index.mjs"), "utf8");
  const modules: string[] = [];
  for (const name of names) {
    const line = new RegExp(`export \\{[^}]*\\b${name}\\b[^}]*\\} from '(\\./[^']+)'`).exec(index);
    if (line) modules.push(join(mantineEsm, line[1]!));
  }
  const components = new Set<string>();
  const seen = new Set<string>();
  while (modules.length > 0) {
    const file = modules.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const folder = /[\\/]components[\\/]([^\\/]+)[\\/]/.exec(file.slice(mantineEsm.length));
    if (folder) components.add(folder[1]!);
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(/(?:from|import)\s+'(\.[^']+\.mjs)'/g)) {
      modules.push(resolve(dirname(file), specifier!));
    }
  }
  return components;
}

/** The CSS for those components, in the order Mantine's styles.css has them (so overrides still win). */
export function mantineCss(components: Iterable<string>, mantineRoot: string): string {
  const stylesDir = join(mantineRoot, "styles");
  const full = readFileSync(join(mantineRoot, "styles.css"), "utf8");
  const wanted = [...components].filter((c) => existsSync(join(stylesDir, `${c}.css`))).map((c) => `${c}.css`);
  const position = (file: string) => {
    const firstClass = /\.m_[0-9a-f]{8}/.exec(readFileSync(join(stylesDir, file), "utf8"))?.[0];
    return firstClass ? full.indexOf(firstClass) : Number.MAX_SAFE_INTEGER;
  };
  const ordered = wanted.map((file) => ({ file, at: position(file) })).sort((a, b) => a.at - b.at || a.file.localeCompare(b.file));
  return [...GLOBAL_CSS, ...ordered.map((o) => o.file)].map((file) => readFileSync(join(stylesDir, file), "utf8")).join("\n");
}

const VIRTUAL_ID = "virtual:public-mantine.css";

/**
 * `import "virtual:public-mantine.css"`: the Mantine CSS of the components reachable from `entry`.
 * `mantineRoot` is @mantine/core's package folder.
 */
export function publicMantineCss(entry: string, mantineRoot: string): Plugin {
  const resolvedId = join(dirname(entry), "public-mantine.css");
  return {
    name: "lanyard:public-mantine-css",
    resolveId(id) {
      return id === VIRTUAL_ID ? resolvedId : null;
    },
    load(id) {
      if (id !== resolvedId) return null;
      return mantineCss(mantineComponentsOf(mantineImportsOf(entry), join(mantineRoot, "esm")), mantineRoot);
    },
  };
}
