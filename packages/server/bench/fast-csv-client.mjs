// fast-csv writing rows from memory in a process of its own (forked by export.bench.ts): the
// export's baseline. The rows live here, so the app's process (where the export runs) doesn't
// carry a million of them through its garbage collections. Plain JavaScript: no TS loader.
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { format } from "fast-csv";

let rows = [];
let columns = [];
process.on("message", async (message) => {
  try {
    if (message.rows) {
      rows.push(...message.rows);
      columns = message.columns;
      process.send({ ok: true, rows: rows.length });
      return;
    }
    const hash = message.check ? createHash("sha256") : null;
    let bytes = 0;
    const sink = new Writable({
      write(chunk, _encoding, done) {
        bytes += chunk.length;
        hash?.update(chunk);
        done();
      },
    });
    const started = performance.now();
    await pipeline(Readable.from(rows), format({ headers: columns, rowDelimiter: "\r\n", includeEndRowDelimiter: true }), sink);
    process.send({ ok: true, ms: performance.now() - started, bytes, sha256: hash?.digest("hex") });
  } catch (error) {
    process.send({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
