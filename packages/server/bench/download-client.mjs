// Downloads one file over HTTP in a process of its own (forked by export.bench.ts), as a browser
// saving it would: to its last byte, counting (and when asked, hashing) the bytes, so the
// benchmark process's CPU and memory are the server's alone. Plain JavaScript: no TS loader.
import { createHash } from "node:crypto";
import { get } from "node:http";
import { performance } from "node:perf_hooks";

process.once("message", ({ url, headers, check }) => {
  const hash = check ? createHash("sha256") : null;
  let bytes = 0;
  let lines = 0;
  const started = performance.now();
  const fail = (error) => process.send({ ok: false, error: error instanceof Error ? error.message : String(error) });
  get(url, { headers }, (res) => {
    if (res.statusCode !== 200) {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => fail(`the export answered ${res.statusCode}: ${text.slice(0, 500)}`));
      return;
    }
    res.on("data", (chunk) => {
      bytes += chunk.length;
      if (hash) {
        hash.update(chunk);
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
      }
    });
    res.on("end", () =>
      process.send({ ok: true, ms: performance.now() - started, bytes, lines, sha256: hash?.digest("hex"), encoding: res.headers["content-encoding"] ?? null }),
    );
    res.on("error", fail);
  }).on("error", fail);
});
