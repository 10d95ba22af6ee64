// Reads an uploaded file as a stream with fast-csv: UTF-8 text only, at most 20 MB and 100,000
// data rows, refused as a whole (with a sentence saying why) before anything is stored.
import { Transform, type Readable, type TransformCallback } from "node:stream";
import { parse } from "fast-csv";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./import-limits.js";

export interface CsvFile {
  /** The header line's cells as uploaded. */
  header: string[];
  /** The data rows' cells; row i is the spreadsheet's row i + 2. */
  rows: string[][];
}

export type CsvRead = { ok: true; file: CsvFile } | { ok: false; error: string };

export const NOT_TEXT =
  "This file isn't CSV text: it has bytes that aren't UTF-8 text (a spreadsheet's own format, or another encoding). Save it from your spreadsheet as \"CSV UTF-8 (comma delimited)\" and upload that.";
export const TOO_LARGE = `This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into smaller files and upload each.`;
export const TOO_MANY_ROWS = `This file has more than ${MAX_IMPORT_ROWS.toLocaleString("en-GB")} rows: split it into smaller files and upload each.`;
export const EMPTY = "This file is empty: the first line must name the columns, as the template does, and each line after it is one row.";

class Refused extends Error {}

/** Counts the bytes and checks they are UTF-8 text without NUL bytes, passing them on unchanged. */
class TextGuard extends Transform {
  private bytes = 0;
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return done(new Refused(TOO_LARGE));
    if (chunk.includes(0)) return done(new Refused(NOT_TEXT));
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      return done(new Refused(NOT_TEXT));
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback) {
    try {
      this.decoder.decode();
    } catch {
      return done(new Refused(NOT_TEXT));
    }
    done();
  }
}

/** The whole file's rows; blank lines are left out. CRLF or LF, quoted cells with commas, quotes and line breaks. */
export function readCsv(input: Readable, limits = { maxBytes: MAX_IMPORT_BYTES, maxRows: MAX_IMPORT_ROWS }): Promise<CsvRead> {
  return new Promise((resolve) => {
    let header: string[] | null = null;
    const rows: string[][] = [];
    let settled = false;
    const guard = new TextGuard(limits.maxBytes);
    const parser = parse({ headers: false, ignoreEmpty: true, encoding: "utf8" });
    const finish = (result: CsvRead) => {
      if (settled) return;
      settled = true;
      guard.unpipe(parser);
      input.unpipe(guard);
      if (!result.ok) {
        parser.destroy();
        guard.destroy();
        // Whatever is still coming is read and dropped, so the answer can be sent.
        input.resume();
      }
      resolve(result);
    };
    const refuse = (error: unknown) =>
      finish({ ok: false, error: error instanceof Refused ? error.message : `This file can't be read as CSV (${String((error as Error)?.message ?? error).slice(0, 200)}): check its quotes, and save it from your spreadsheet as CSV.` });
    input.on("error", refuse);
    guard.on("error", refuse);
    parser.on("error", refuse);
    parser.on("data", (row: string[]) => {
      if (settled) return;
      if (header === null) {
        header = row;
        return;
      }
      if (rows.length >= limits.maxRows) return refuse(new Refused(TOO_MANY_ROWS));
      rows.push(row);
    });
    parser.on("end", () => (header === null ? finish({ ok: false, error: EMPTY }) : finish({ ok: true, file: { header, rows } })));
    input.pipe(guard).pipe(parser);
  });
}
