import { describe, expect, it } from "vitest";
import { parseEmailList } from "./emailList";

describe("pasted email list", () => {
  it("reads one address a line, or comma- and semicolon-separated, normalised", () => {
    expect(parseEmailList(" Jane@School.org.uk \nbob@school.org.uk, amy@school.org.uk;zoe@school.org.uk").emails).toEqual([
      "jane@school.org.uk",
      "bob@school.org.uk",
      "amy@school.org.uk",
      "zoe@school.org.uk",
    ]);
  });

  it("takes the address out of an address book's 'Name <address>' form", () => {
    expect(parseEmailList("Jane Smith <jane@school.org.uk>; Bob Jones <BOB@school.org.uk>").emails).toEqual([
      "jane@school.org.uk",
      "bob@school.org.uk",
    ]);
  });

  it("counts a repeated address once, whatever its case", () => {
    const parsed = parseEmailList("jane@school.org.uk\nJANE@school.org.uk\n");
    expect(parsed.emails).toEqual(["jane@school.org.uk"]);
    expect(parsed.duplicates).toBe(1);
  });

  it("reports each entry that isn't an address, as typed, and ignores blank lines", () => {
    const parsed = parseEmailList("jane@school.org.uk\n\n  bob@  \nnot an email");
    expect(parsed.emails).toEqual(["jane@school.org.uk"]);
    expect(parsed.problems.map((p) => p.value)).toEqual(["bob@", "not an email"]);
    expect(parsed.problems[0]?.message).toMatch(/email address/i);
  });

  it("finds nothing in an empty box", () => {
    expect(parseEmailList("  \n ")).toEqual({ emails: [], problems: [], duplicates: 0 });
  });
});
