import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

// Text files worth compressing; images such as PNG and fonts such as woff2 are compressed already.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|map|webmanifest)$/i;
/** Below this a compressed copy saves less than a packet: the server sends the file as it is. */
const MIN_BYTES = 1024;

export function shouldPrecompress(fileName: string, bytes: number): boolean {
  return COMPRESSIBLE.test(fileName) && bytes >= MIN_BYTES;
}

/**
 * Writes NAME.br (brotli at its best, quality 11) and NAME.gz (gzip level 9) beside each file that
 * is worth it, so the server sends them as they are (@fastify/static's preCompressed) and never
 * spends a request's time compressing a file that cannot change. Returns the brotli sizes.
 */
export function precompressFiles(paths: readonly string[]): Map<string, number> {
  const written = new Map<string, number>();
  for (const path of paths) {
    const size = statSync(path).size;
    if (!shouldPrecompress(path, size)) continue;
    const content = readFileSync(path);
    const brotli = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: size,
      },
    });
    writeFileSync(`${path}.br`, brotli);
    writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
    written.set(path, brotli.length);
  }
  return written;
}

/** Vite plugin: precompresses what a build wrote (its chunks, assets, HTML) once written. */
export function precompress(): Plugin {
  return {
    name: "lanyard:precompress",
    apply: "build",
    writeBundle(options, bundle) {
      const dir = options.dir ?? "dist";
      const written = precompressFiles(Object.keys(bundle).map((file) => join(dir, file)));
      const brotli = [...written.values()].reduce((sum, n) => sum + n, 0);
      this.info(`precompressed ${written.size} files, ${(brotli / 1024).toFixed(0)} KiB as brotli`);
    },
  };
}
