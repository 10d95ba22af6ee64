import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { precompressFiles, shouldPrecompress } from "./precompress";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("compressing the build once, at build time", () => {
  it("compresses text files of 1 KiB or more, and leaves small or already compressed files", () => {
    expect(shouldPrecompress("assets/app-1a2b.js", 100_000)).toBe(true);
    expect(shouldPrecompress("assets/app-1a2b.css", 2048)).toBe(true);
    expect(shouldPrecompress("public.html", 1024)).toBe(true);
    expect(shouldPrecompress("favicon.svg", 900)).toBe(false);
    expect(shouldPrecompress("assets/logo.png", 50_000)).toBe(false);
    expect(shouldPrecompress("assets/inter.woff2", 50_000)).toBe(false);
  });

  it("writes a brotli and a gzip copy beside each file that decode to the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "precompress-"));
    dirs.push(dir);
    const script = join(dir, "app.js");
    const tiny = join(dir, "tiny.js");
    writeFileSync(script, `console.log(${JSON.stringify("lanyard ".repeat(400))});`);
    writeFileSync(tiny, "export {};");

    const written = precompressFiles([script, tiny]);

    expect([...written.keys()]).toEqual([script]);
    expect(brotliDecompressSync(readFileSync(`${script}.br`)).equals(readFileSync(script))).toBe(true);
    expect(gunzipSync(readFileSync(`${script}.gz`)).equals(readFileSync(script))).toBe(true);
    expect(written.get(script)).toBeLessThan(readFileSync(script).length / 10);
    expect(existsSync(`${tiny}.br`)).toBe(false);
  });
});
