import { describe, expect, it } from "vitest";
import { parseEmailData, renderStored, serialiseEmailData } from "./email-content.js";
import { EmailRenderer } from "./email.renderer.js";
import type { EmailData } from "./email.types.js";

const data: EmailData = {
  trustName: "Oakwood <Learning> Trust",
  recipientName: "Zoë O'Brien",
  inviterName: "alice@oakwood.org.uk",
  items: [{ productName: "MIS", roleName: "Teacher", schoolName: "Oak Primary" }],
  url: "https://lanyard.example/accept/abc_DEF-123abc_DEF-123abc_DEF-123abc_DEF-12",
  expiresAt: new Date("2026-12-10T09:30:00.000Z"),
  supportContact: "alice@oakwood.org.uk",
};

describe("stored email content", () => {
  it("keeps a template's values as JSON, dates included, and renders them as the renderer would at once", async () => {
    const stored = serialiseEmailData(data);
    expect(parseEmailData(stored)).toEqual(data);
    const renderer = await EmailRenderer.shared();
    const direct = renderer.render("invitation", data);
    const later = await renderStored({ kind: "invitation", data: stored, html: null, text_body: null });
    expect(later).toEqual({ html: direct.html, text: direct.text });
    expect(renderer.subject("invitation", data)).toBe(direct.subject);
    expect(later.html).toContain("Oakwood &lt;Learning&gt; Trust");
  });

  it("sends a message queued whole as it was queued, and refuses a template it does not know", async () => {
    expect(await renderStored({ kind: "notice", data: null, html: "<p>Hi</p>", text_body: "Hi" })).toEqual({ html: "<p>Hi</p>", text: "Hi" });
    await expect(renderStored({ kind: "no-such-template", data: serialiseEmailData(data), html: null, text_body: null })).rejects.toThrow(/no email template is called "no-such-template"/);
  });
});
