// Reading an import file (rule 11): the stream, its limits, its header and its values, without a database.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { matchHeader } from "./import-columns.js";
import { NOT_TEXT, readCsv, TOO_LARGE, TOO_MANY_ROWS } from "./import-csv.js";
import { toPages } from "./import-pages.js";
import { parseTime } from "./import-values.js";

const stream = (...chunks: (string | Buffer)[]) => Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c)));

describe("readCsv", () => {
  it("rule 11: reads CRLF, quoted commas, quotes and line breaks, and leaves blank lines out", async () => {
    const read = await readCsv(stream('a,b\r\n"x, y","say ""hi"""\r\n\r\n"two\r\nlines",z\r\n'));
    expect(read).toEqual({ ok: true, file: { header: ["a", "b"], rows: [["x, y", 'say "hi"'], ["two\r\nlines", "z"]] } });
  });

  it("rule 11: a multi-byte character split across chunks is still text", async () => {
    const bytes = Buffer.from("a\né\n");
    const read = await readCsv(stream(bytes.subarray(0, 3), bytes.subarray(3)));
    expect(read).toEqual({ ok: true, file: { header: ["a"], rows: [["é"]] } });
  });

  it("rule 11: refuses NUL bytes, invalid UTF-8, too many bytes and too many rows", async () => {
    expect(await readCsv(stream(Buffer.from([0x61, 0x00, 0x62])))).toEqual({ ok: false, error: NOT_TEXT });
    expect(await readCsv(stream(Buffer.from([0x61, 0x0a, 0xff, 0x0a])))).toEqual({ ok: false, error: NOT_TEXT });
    expect(await readCsv(stream("a\n", "b\n".repeat(20)), { maxBytes: 10, maxRows: 100 })).toEqual({ ok: false, error: TOO_LARGE });
    expect(await readCsv(stream("a\n", "b\n".repeat(6)), { maxBytes: 1000, maxRows: 5 })).toEqual({ ok: false, error: TOO_MANY_ROWS });
    expect(await readCsv(stream("a\n", "b\n".repeat(5)), { maxBytes: 1000, maxRows: 5 })).toMatchObject({ ok: true });
  });
});

describe("matchHeader", () => {
  it("rule 11: matches without regard to case, spaces, underscores or a BOM; optional columns may be absent", () => {
    const match = matchHeader("INVITATIONS", ["\uFEFFEmail", " First Name ", "LAST_NAME", "school urn", "Product_Code", "role_code", "invitation_id"]);
    expect(match.ok).toBe(true);
    if (match.ok) expect(match.index.get("email")).toBe(0);
  });

  it("rule 11: names the missing, unknown and repeated columns and the expected ones", () => {
    const match = matchHeader("STAFF", ["school_urn", "misid", "first_name", "first name", "mail"]);
    expect(match).toEqual({ ok: false, error: expect.stringContaining("missing last_name, email; unknown \"mail\"; given twice first_name") });
    if (!match.ok) expect(match.error).toContain("Expected: school_urn, mis_id, first_name, last_name, email, job_title");
  });
});

describe("parseTime", () => {
  it("rule 11: reads UTC spreadsheet times, ISO-8601 and bare dates; refuses the rest", () => {
    expect(parseTime("2027-01-31 17:00:00")?.toISOString()).toBe("2027-01-31T17:00:00.000Z");
    expect(parseTime("2027-01-31T17:00:00+01:00")?.toISOString()).toBe("2027-01-31T16:00:00.000Z");
    expect(parseTime("2027-01-31T17:00:00Z")?.toISOString()).toBe("2027-01-31T17:00:00.000Z");
    expect(parseTime("2027-01-31")?.toISOString()).toBe("2027-01-31T23:59:59.000Z");
    expect(parseTime("2027-02-31 10:00:00")).toBeNull();
    expect(parseTime("31/01/2027")).toBeNull();
    expect(parseTime("tomorrow")).toBeNull();
  });
});

describe("toPages", () => {
  it("rule 11: stores rows a page at a time, numbered as a spreadsheet numbers them, within a TEXT column", () => {
    const rows = Array.from({ length: 450 }, (_, i) => [`p${i}@x.org`, "A"]);
    const pages = toPages("imp", rows);
    expect(pages.map((p) => [p.firstRow, p.rowCount])).toEqual([[2, 200], [202, 200], [402, 50]]);
    expect(JSON.parse(pages[1]!.cells)[0]).toEqual(["p200@x.org", "A"]);
    const wide = toPages("imp", Array.from({ length: 10 }, () => ["x".repeat(4000)]));
    expect(wide.every((p) => p.cells.length <= 16_100)).toBe(true);
    expect(wide.reduce((n, p) => n + p.rowCount, 0)).toBe(10);
    // A row too long for any import is kept cut short (and reported by the check).
    expect(toPages("imp", [["y".repeat(50_000)]])[0]!.cells.length).toBeLessThan(300);
  });
});
