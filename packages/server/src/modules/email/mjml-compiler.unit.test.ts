import { describe, expect, it } from "vitest";
import { compileMjml } from "./mjml-compiler.js";

describe("compileMjml", () => {
  it("compiles valid MJML and keeps {{slots}} intact, even in an href", async () => {
    const html = await compileMjml(
      `<mjml><mj-body><mj-section><mj-column><mj-text>{{trustName}}</mj-text><mj-button href="{{url}}">Go</mj-button></mj-column></mj-section></mj-body></mjml>`,
    );
    expect(html).toContain("{{trustName}}");
    expect(html).toContain('href="{{url}}"');
  });

  it("throws on an invalid template, so a broken email stops the server at start", async () => {
    await expect(
      compileMjml(`<mjml><mj-body><mj-section><mj-text>text outside a column</mj-text></mj-section></mj-body></mjml>`),
    ).rejects.toThrow(/mj-text/);
  });
});
