import { describe, expect, it } from "vitest";
import { checkLinkUrl, escapeHtml } from "./safe-html.js";

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("checkLinkUrl", () => {
  it("accepts http(s) and refuses every other scheme", () => {
    expect(checkLinkUrl("https://lanyard.example/a b")).toBe("https://lanyard.example/a%20b");
    expect(checkLinkUrl("http://localhost:4000/x")).toBe("http://localhost:4000/x");
    expect(() => checkLinkUrl(" javascript:alert(1)")).toThrow(/http/);
    expect(() => checkLinkUrl("vbscript:x")).toThrow(/http/);
  });
});
