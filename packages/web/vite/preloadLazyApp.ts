import type { HtmlTagDescriptor, Plugin, Rolldown } from "vite";

/**
 * The public entry script loads its app (`appModule`) with import(), so it can start the page's
 * first read before the app has arrived. Vite links only static imports in the HTML; this links the
 * app's chunks and CSS too, so the browser fetches them alongside the entry, not after it.
 */
export function preloadLazyApp(appModule: string): Plugin {
  return {
    name: "lanyard:preload-lazy-app",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        if (!ctx.bundle || !ctx.chunk) return [];
        const bundle = ctx.bundle;
        const files = new Set<string>();
        const css = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== "chunk" || files.has(fileName) || fileName === ctx.chunk!.fileName) return;
          files.add(fileName);
          for (const file of (chunk as Rolldown.OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []) css.add(file);
          chunk.imports.forEach(visit);
        };
        for (const fileName of ctx.chunk.dynamicImports) {
          const chunk = bundle[fileName];
          if (chunk?.type === "chunk" && chunk.facadeModuleId === appModule) visit(fileName);
        }
        const link = (rel: string, file: string): HtmlTagDescriptor => ({ tag: "link", attrs: { rel, crossorigin: true, href: `/${file}` }, injectTo: "head" });
        return [...[...css].map((file) => link("stylesheet", file)), ...[...files].map((file) => link("modulepreload", file))];
      },
    },
  };
}
