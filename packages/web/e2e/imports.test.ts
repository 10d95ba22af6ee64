// Rule 11 in the browser: upload a file with errors, see them, upload the fixed file, approve.
import { existsSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphqlIn, signInAsAdmin } from "./graphql";
import { DEMO_ADMIN, serverMain, startHarness, type Harness } from "./harness";
import { chooseFile, findHeldAccess, findImportCase, invitationsCsv, type ImportCase, type InvitationRow } from "./importFiles";

/** The text of the focused element, when it is a heading: where focus went after an upload or an action. */
const focusedHeading = (page: Page) =>
  page.evaluate(() => (/^H[1-6]$/.test(document.activeElement?.tagName ?? "") ? document.activeElement!.textContent : null));

describe.skipIf(!existsSync(serverMain))("a trust admin imports invitations from a CSV file", () => {
  let harness: Harness;
  let page: Page;
  let setup: ImportCase;
  const stamp = Date.now();
  const emails = [0, 1, 2].map((i) => `import.${stamp}.${i}@example.org`);
  let rows: InvitationRow[];
  let firstImportUrl = "";

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    await signInAsAdmin(page);
    setup = await findImportCase(page);
    rows = emails.map((email, i) => ({
      email,
      first_name: `Imported${i}`,
      last_name: "Person",
      school_urn: setup.schoolUrn,
      product_code: setup.productCode,
      role_code: setup.roleCode,
    }));
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it("opens the Import screen from the navigation, with the template for the chosen kind", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Import" }).click();
    await page.waitForURL("**/imports");
    await page.getByRole("heading", { name: "Import", level: 1 }).waitFor();
    const kinds = page.getByRole("radiogroup", { name: "What does the file hold?" });
    await kinds.getByRole("radio", { name: /Invitations/ }).check();
    const template = page.getByRole("link", { name: "Download the invitations template (CSV)" });
    expect(await template.getAttribute("href")).toBe("/api/imports/template?kind=INVITATIONS");
    // The template is the header the import expects.
    const header = await page.evaluate(async (href) => (await (await fetch(href!)).text()).split(/\r?\n/)[0], await template.getAttribute("href"));
    expect(header?.replace(/^\uFEFF/, "").toLowerCase()).toContain("email");
    await harness.screenshot(page, "imports-01-screen");
  });

  it("rule 11: a file with errors lists each problem by row and column, imports nothing, and offers the file back with the errors", async () => {
    const bad = [
      { ...rows[0], email: "not-an-email" },
      { ...rows[1], product_code: "NO-SUCH-PRODUCT" },
      rows[2]!,
    ];
    await chooseFile(page, "Upload a file", { name: `invitations-${stamp}.csv`, buffer: invitationsCsv(bad) });

    await page.waitForURL(/\/imports\/[^/]+$/);
    firstImportUrl = page.url();
    const heading = page.getByRole("heading", { level: 2, name: /problems? to fix$/ });
    await heading.waitFor();
    // Focus moves to what the upload came to, so a keyboard or screen reader user starts there.
    await expect.poll(() => focusedHeading(page)).toMatch(/problems? to fix$/);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(`invitations-${stamp}.csv`);

    const table = page.getByRole("table", { name: /Problems in/ });
    await table.locator("tbody tr").first().waitFor();
    const problems = await table.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent?.trim() ?? "")),
    );
    // The header is row 1, so the file's first data row is row 2.
    const emailProblem = problems.find(([row, column]) => row === "Row 2" && column === "email");
    const productProblem = problems.find(([row, column]) => row === "Row 3" && column === "product_code");
    expect(emailProblem?.[2]).toBe("not-an-email");
    expect(emailProblem?.[3]?.length).toBeGreaterThan(10);
    expect(productProblem?.[2]).toBe("NO-SUCH-PRODUCT");
    expect(problems.some(([row]) => row === "Row 4")).toBe(false);
    await harness.screenshot(page, "imports-02-errors");

    // The file back, with an error column to fix it by.
    const errorFile = page.getByRole("link", { name: "Download the file with errors (CSV)" });
    const csv = await page.evaluate(async (href) => {
      const response = await fetch(href!);
      return { status: response.status, text: await response.text() };
    }, await errorFile.getAttribute("href"));
    expect(csv.status).toBe(200);
    const [header, ...lines] = csv.text.replace(/^\uFEFF/, "").split(/\r?\n/).filter(Boolean);
    expect(header!.split(",")).toContain("error");
    expect(lines).toHaveLength(3);

    // Nothing was created.
    const { invitations } = await graphqlIn<{ invitations: { totalCount: number } }>(
      page,
      "query ($search: String) { invitations(first: 1, filter: { search: $search }) { totalCount } }",
      { search: `import.${stamp}` },
    );
    expect(invitations.totalCount).toBe(0);
  });

  it("rule 11: the fixed file shows its preview, and approved, says what it did and leads to the invitations", async () => {
    // One more row, for someone who already has that access: the preview lists it as skipped, with why.
    const held = await findHeldAccess(page);
    await chooseFile(page, "Upload the fixed file", { name: `invitations-${stamp}-fixed.csv`, buffer: invitationsCsv([...rows, held]) });
    await page.waitForURL((url) => /\/imports\/[^/]+$/.test(url.pathname) && url.href !== firstImportUrl);

    await page.getByRole("heading", { level: 2, name: "Ready to approve" }).waitFor();
    await expect.poll(() => focusedHeading(page)).toBe("Ready to approve");
    await page.getByRole("group", { name: "To create: 3" }).waitFor();
    await page.getByRole("group", { name: "Skipped: 1" }).waitFor();
    await page.getByRole("heading", { level: 3, name: "1 row will be skipped" }).waitFor();
    const skipped = page.getByRole("table", { name: /Rows skipped in/ });
    await skipped.locator("tbody tr").first().waitFor();
    const cells = await skipped.locator("tbody tr").first().locator("td").allInnerTexts();
    expect(cells.slice(0, 4).map((c) => c.trim())).toEqual(["Row 5", held.email, held.product_code, `URN ${held.school_urn}`]);
    expect(cells[4]).toContain("ALREADY_HAS_ACCESS");
    await harness.screenshot(page, "imports-03-preview");

    await page.getByRole("radio", { name: /Notify now/ }).check();
    await page.getByRole("button", { name: "Approve import" }).click();
    await page.getByRole("heading", { level: 2, name: "Import finished" }).waitFor({ timeout: 30_000 });
    await expect.poll(() => focusedHeading(page)).toBe("Import finished");
    await page.getByRole("group", { name: "Created: 3" }).waitFor();
    await harness.screenshot(page, "imports-04-result");

    // The invitations are there, once each, and their emails queued.
    const { invitations } = await graphqlIn<{ invitations: { totalCount: number; edges: { node: { email: string } }[] } }>(
      page,
      "query ($search: String) { invitations(first: 10, filter: { search: $search }) { totalCount edges { node { email } } } }",
      { search: `import.${stamp}` },
    );
    expect(invitations.edges.map((e) => e.node.email).sort()).toEqual([...emails].sort());

    await page.getByRole("link", { name: "Go to Invitations" }).click();
    await page.waitForURL("**/invitations");
    await page.getByRole("heading", { name: "Invitations", level: 1 }).waitFor();
  });

  it("lists both imports in the history, newest first, each opening its own screen", async () => {
    await page.goto("/imports");
    const history = page.getByRole("region", { name: "Import history" });
    const rowsShown = history.locator("tbody tr");
    // The list, not its loading skeleton (which has rows too).
    await history.getByRole("link", { name: `invitations-${stamp}-fixed.csv` }).waitFor();
    await rowsShown.nth(1).waitFor();
    const first = await rowsShown.nth(0).innerText();
    const second = await rowsShown.nth(1).innerText();
    expect(first).toContain(`invitations-${stamp}-fixed.csv`);
    expect(first).toContain("Imported");
    expect(second).toContain(`invitations-${stamp}.csv`);
    expect(second).toContain("Has errors");
    // Who uploaded each one.
    expect(first).toContain(DEMO_ADMIN.email);
    expect(second).toContain(DEMO_ADMIN.email);
    await harness.screenshot(page, "imports-05-history");

    await history.getByRole("link", { name: `invitations-${stamp}.csv` }).click();
    await page.getByRole("heading", { level: 2, name: /problems? to fix$/ }).waitFor();
    expect(page.url()).toBe(firstImportUrl);
  });

  it("threw nothing in the page along the way", () => {
    expect(harness.pageErrors).toEqual([]);
  });
});
