import { beforeAll, describe, expect, it } from "vitest";
import { EmailRenderer } from "./email.renderer.js";
import { EMAIL_KINDS, type EmailData } from "./email.types.js";
import { mjmlStats } from "./mjml-compiler.js";

const URL_ = "https://lanyard.example/invitations/accept?token=abc123&via=email";
const URL_IN_HTML = "https://lanyard.example/invitations/accept?token=abc123&amp;via=email";

const data: EmailData = {
  trustName: "Oakwood Learning Trust",
  recipientName: "Jane Smith",
  inviterName: "Alice Admin (alice@oakwood.org.uk)",
  items: [
    { productName: "Management Information System", roleName: "Teacher", schoolName: "Oakwood Primary" },
    { productName: "Management Information System", roleName: "Teacher", schoolName: "Elm Academy" },
    { productName: "HR", roleName: "Viewer", schoolName: null },
  ],
  url: URL_,
  // 09:00 in London on a Thursday (GMT in December).
  expiresAt: new Date("2026-12-10T09:00:00Z"),
};

let renderer: EmailRenderer;
let compilationsAtStart: number;
beforeAll(async () => {
  const started = performance.now();
  renderer = await EmailRenderer.create();
  console.log(`compiled ${EMAIL_KINDS.length} templates in ${(performance.now() - started).toFixed(0)} ms`);
  compilationsAtStart = mjmlStats.compilations;
});

describe.each(EMAIL_KINDS)("the %s email", (kind) => {
  it("names the trust, schools, products with roles, inviter and (for an invitation) the expiry in html and text", () => {
    const { subject, html, text } = renderer.render(kind, data);
    expect(subject).toContain("Oakwood Learning Trust");
    expect(subject).toContain("Management Information System and HR");
    for (const part of [html, text]) {
      expect(part).toContain("Oakwood Learning Trust");
      expect(part).toContain("Oakwood Primary");
      expect(part).toContain("Elm Academy");
      expect(part).toContain("across the trust");
      expect(part).toContain("Management Information System — Teacher");
      expect(part).toContain("HR — Viewer");
      // Access granted has nothing to expire: it says the access can be used straight away.
      if (kind === "access-granted") expect(part).toContain("You can use it straight away");
      else expect(part).toContain("Thursday 10 December 2026");
      expect(part).toContain("Jane Smith");
    }
    expect(text).toContain("Alice Admin (alice@oakwood.org.uk)");
    expect(html).toContain("Alice Admin (alice@oakwood.org.uk)");
    expect(html).toContain(`<title>${subject}</title>`);
    expect(html).toContain('lang="en-GB"');
    expect(text).not.toMatch(/<[a-z/]/i);
  });
});

describe("links", () => {
  it.each(["invitation", "access-granted", "reminder"] as const)("the %s email has one button to the link", (kind) => {
    const { html, text } = renderer.render(kind, data);
    expect(html).toContain(`href="${URL_IN_HTML}"`);
    expect(text).toContain(`\n${URL_}\n`);
  });

  it("labels the buttons for what they do", () => {
    expect(renderer.render("invitation", data).html).toContain("Accept invitation");
    expect(renderer.render("reminder", data).html).toContain("Accept invitation");
    expect(renderer.render("access-granted", data).html).toContain("Open Lanyard");
  });

  it("says a reminder is a reminder and that the old link no longer works", () => {
    const { subject, text } = renderer.render("reminder", data);
    expect(subject).toMatch(/^Reminder:/);
    expect(text).toContain("The link in any earlier email no longer works");
  });

  it("gives a cancelled invitation no link, only who to contact", () => {
    const { html, text } = renderer.render("cancelled", data);
    expect(html).not.toContain("lanyard.example");
    expect(text).not.toContain("lanyard.example");
    expect(text).toContain("contact your administrator");
    const withSupport = renderer.render("cancelled", { ...data, supportContact: "it@oakwood.org.uk" });
    expect(withSupport.text).toContain("contact it@oakwood.org.uk");
  });

  it.each(["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,hi", "/relative/path", "not a url"])(
    "refuses %s",
    (url) => {
      for (const kind of EMAIL_KINDS) expect(() => renderer.render(kind, { ...data, url })).toThrow(/http/);
    },
  );
});

describe("escaping", () => {
  const hostile: EmailData = {
    ...data,
    trustName: `"quotes" & ampersands`,
    recipientName: "<script>alert(1)</script>",
    inviterName: "<img src=x onerror=alert(1)>",
    items: [{ productName: "<b>MIS</b>", roleName: "O'Brien's role", schoolName: "St. Mary's & St. John's {{url}}" }],
    supportContact: "<a href='evil'>",
  };

  it.each(EMAIL_KINDS)("escapes every value in the %s html and keeps it intact in the text", (kind) => {
    const { subject, html, text } = renderer.render(kind, hostile);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>MIS");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;quotes&quot; &amp; ampersands");
    expect(html).toContain("O&#39;Brien&#39;s role");
    expect(text).toContain("<script>alert(1)</script>");
    expect(text).toContain(`"quotes" & ampersands`);
    expect(subject).toContain(`"quotes" & ampersands`);
    // A value that looks like a slot is data, not a slot.
    expect(text).toContain("St. Mary's & St. John's {{url}}");
  });

  it("escapes an attribute-breaking link", () => {
    const { html } = renderer.render("invitation", { ...data, url: `https://x.example/a?b="><script>` });
    expect(html).not.toContain("<script>");
    expect(html).not.toMatch(/href="[^"]*"><script/);
  });

  it("keeps the subject on one line", () => {
    expect(renderer.render("invitation", { ...data, trustName: "Oak\r\nBcc: x@y" }).subject).not.toMatch(/[\r\n]/);
  });
});

describe("wording", () => {
  it("greets someone without a name and words a lone trust-level product", () => {
    const { text, subject } = renderer.render("invitation", {
      ...data,
      recipientName: null,
      items: [{ productName: "Trackers", roleName: "Leader", schoolName: null }],
    });
    expect(subject).toBe("Oakwood Learning Trust invited you to Trackers");
    expect(text).toContain("Hello,\n");
    expect(text).toContain("- Trackers — Leader, across the trust");
  });

  it("dates by the London calendar (23:30 UTC on 30 June is 1 July in the UK)", () => {
    const { text } = renderer.render("invitation", { ...data, expiresAt: new Date("2026-06-30T23:30:00Z") });
    expect(text).toContain("Wednesday 1 July 2026");
  });

  it("refuses to describe nothing", () => {
    expect(() => renderer.render("invitation", { ...data, items: [] })).toThrow(/at least one product/);
  });
});

describe("compile once, fill per recipient", () => {
  it("compiled each template once at create() and never again while rendering", () => {
    expect(compilationsAtStart).toBe(EMAIL_KINDS.length);
    for (let i = 0; i < 100; i++) renderer.render(EMAIL_KINDS[i % 4]!, data);
    expect(mjmlStats.compilations).toBe(compilationsAtStart);
  });

  it("renders 10,000 personalised emails quickly", () => {
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) {
      renderer.render(EMAIL_KINDS[i % 4]!, { ...data, recipientName: `Person ${i}`, url: `${URL_}&n=${i}` });
    }
    const elapsed = performance.now() - started;
    console.log(`10,000 renders in ${elapsed.toFixed(0)} ms: ${((elapsed / 10_000) * 1000).toFixed(1)} µs a message`);
    expect(mjmlStats.compilations).toBe(compilationsAtStart);
    expect(elapsed).toBeLessThan(5_000);
  });
});
