import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv-writer.js";

describe("rule 12: every CSV Lanyard writes neutralises formula cells", () => {
  it.each([
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+44 113 496 0000", "'+44 113 496 0000"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ["\tpadded", "'\tpadded"],
  ])("a cell starting %j is written as text", (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it("a cell starting with a carriage return is neutralised and quoted", () => {
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
  });

  it("a formula hidden behind quoting is still neutralised", () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it("ordinary text, an email or a name with a hyphen inside, is left as it is", () => {
    expect(csvCell("ada.lovelace@school.sch.uk")).toBe("ada.lovelace@school.sch.uk");
    expect(csvCell("Smith-Jones")).toBe("Smith-Jones");
    expect(csvCell(42)).toBe("42");
  });
});

describe("CSV cells and lines", () => {
  it("quotes commas, quotes and newlines as RFC 4180 does", () => {
    expect(csvLine(["a,b", 'say "hi"', "two\nlines"])).toBe(`"a,b","say ""hi""","two\nlines"\r\n`);
  });

  it("writes nothing for a missing value and dates in UTC as YYYY-MM-DD HH:MM:SS", () => {
    expect(csvLine([null, undefined, new Date("2026-12-07T18:30:05.123Z")])).toBe(",,2026-12-07 18:30:05\r\n");
  });
});
