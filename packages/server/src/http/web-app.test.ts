import { request } from "node:http";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../test/server.js";

// A web build as Vite writes it: two HTML entries, a hashed asset with its .br and .gz beside it.
const ADMIN_HTML = `<!doctype html><title>Lanyard</title><script type="module" src="/assets/index-AbC123.js"></script>${"<!-- admin -->".repeat(100)}`;
const PUBLIC_HTML = `<!doctype html><title>Lanyard</title><script type="module" src="/assets/public-XyZ789.js"></script>${"<!-- public -->".repeat(100)}`;
const ASSET = `export const greeting = "${"hello ".repeat(500)}";`;
// The precompressed files hold a marked copy, so a test can tell them from compressing on the fly.
const BUILT = `${ASSET}// compressed at build time`;

let server: TestServer;
let webRoot: string;

function writeBuild(root: string) {
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "index.html"), ADMIN_HTML);
  writeFileSync(join(root, "index.html.br"), brotliCompressSync(ADMIN_HTML));
  writeFileSync(join(root, "index.html.gz"), gzipSync(ADMIN_HTML));
  writeFileSync(join(root, "public.html"), PUBLIC_HTML);
  writeFileSync(join(root, "public.html.br"), brotliCompressSync(PUBLIC_HTML));
  writeFileSync(join(root, "public.html.gz"), gzipSync(PUBLIC_HTML));
  writeFileSync(join(root, "assets/index-AbC123.js"), ASSET);
  writeFileSync(join(root, "assets/index-AbC123.js.br"), brotliCompressSync(BUILT));
  writeFileSync(join(root, "assets/index-AbC123.js.gz"), gzipSync(BUILT));
  writeFileSync(join(root, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
}

beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), "lanyard-web-"));
  writeBuild(webRoot);
  server = await startTestServer({}, { webRoot });
});
afterAll(async () => {
  await server?.close();
  rmSync(webRoot, { recursive: true, force: true });
});

/** The raw bytes and headers as they come over the wire (fetch would decode them). */
function get(path: string, acceptEncoding: string | null, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Headers; body: Buffer }>((resolve, reject) => {
    const headers = { ...options.headers, ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : {}) };
    const req = request(`${server.url}${path}`, { method: options.method ?? "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        const answer = new Headers();
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) answer.set(name, String(value));
        resolve({ status: res.statusCode ?? 0, headers: answer, body: Buffer.concat(chunks) });
      });
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

describe("a hashed asset", () => {
  it("comes as the build's brotli file to a browser that takes brotli, cached for a year as immutable", async () => {
    const res = await get("/assets/index-AbC123.js", "gzip, deflate, br");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("content-type")).toMatch(/javascript/);
    expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(brotliDecompressSync(res.body).toString()).toBe(BUILT);
  });

  it("comes as the build's gzip file to a browser that takes only gzip", async () => {
    const res = await get("/assets/index-AbC123.js", "gzip");
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(gunzipSync(res.body).toString()).toBe(BUILT);
  });

  it("comes as it is to a client that takes no compression, still marked as varying", async () => {
    const res = await get("/assets/index-AbC123.js", null);
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(res.body.toString()).toBe(ASSET);
  });
});

describe("an HTML page", () => {
  it("answers an admin page with the admin app, compressed, revalidated on every visit", async () => {
    const res = await get("/schools", "br");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(brotliDecompressSync(res.body).toString()).toBe(ADMIN_HTML);
    const etag = res.headers.get("etag");
    expect(etag).toBeTruthy();

    const again = await get("/schools", "br", { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
  });

  it("answers the public pages with the public app, and anything else with the admin app", async () => {
    for (const path of ["/sign-in", "/accept/some-token", "/sign-in?from=x"]) {
      const res = await get(path, "gzip");
      expect(res.headers.get("cache-control"), path).toBe("no-cache");
      expect(gunzipSync(res.body).toString(), path).toBe(PUBLIC_HTML);
    }
    for (const path of ["/", "/staff", "/no-such-page", "/accept"]) {
      const res = await get(path, null);
      expect(res.headers.get("cache-control"), path).toBe("no-cache");
      expect(res.body.toString(), path).toBe(ADMIN_HTML);
    }
  });

  it("keeps other files of the build (not hashed) for an hour", async () => {
    const res = await get("/favicon.svg", null);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
  });
});

describe("a GraphQL response", () => {
  const query = JSON.stringify({ query: "{ __schema { types { name description } } }" });
  const post = (acceptEncoding: string | null) =>
    get("/graphql", acceptEncoding, { method: "POST", headers: { "content-type": "application/json" }, body: query });

  it("is compressed with brotli or gzip as the client asks, and says it varies by that", async () => {
    const br = await post("br, gzip");
    expect(br.status).toBe(200);
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(JSON.parse(brotliDecompressSync(br.body).toString()).data.__schema.types.length).toBeGreaterThan(10);

    const gzip = await post("gzip");
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(JSON.parse(gunzipSync(gzip.body).toString()).data.__schema.types.length).toBeGreaterThan(10);
  });

  it("goes uncompressed to a client that takes no compression", async () => {
    const plain = await post(null);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(JSON.parse(plain.body.toString()).data.__schema.types.length).toBeGreaterThan(10);
  });
});
