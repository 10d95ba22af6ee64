import { existsSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN, serverMain, startHarness, type Harness } from "./harness";

// Without a built server there is nothing to drive; build it with `pnpm build` at the root.
describe.skipIf(!existsSync(serverMain))("a trust admin follows up pending invitations", () => {
  let harness: Harness;
  let page: Page;
  let schoolName = "";

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(DEMO_ADMIN.email);
    await page.getByLabel("Password").fill(DEMO_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("banner").getByText(DEMO_ADMIN.email).waitFor();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  const table = () => page.getByRole("table").last();
  const rows = () => table().locator("tbody tr");

  it("sees each school's invitations in the organisation view", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Invitations" }).click();
    await page.getByRole("heading", { name: "Invitations", level: 1 }).waitFor();
    await page.getByRole("columnheader", { name: "Products agreed" }).waitFor();
    await rows().first().waitFor();
    expect(await page.getByRole("link", { name: "New invitation" }).getAttribute("href")).toBe("/invite");

    // The school with the most invitations still waiting for an answer ("Sent unresolved", the 4th column).
    const summaries = await rows().evaluateAll((trs) =>
      trs.map((tr) => ({ name: tr.querySelectorAll("td")[1]?.textContent?.trim() ?? "", pending: Number(tr.querySelectorAll("td")[3]?.textContent ?? 0) })),
    );
    schoolName = summaries.filter((s) => s.pending > 0).sort((a, b) => b.pending - a.pending)[0]?.name ?? "";
    expect(schoolName).not.toBe("");

    // URN and postcode on demand.
    await page.getByRole("button", { name: `Show details of ${schoolName}` }).click();
    await page.getByText("URN", { exact: true }).first().waitFor();
    await harness.screenshot(page, "20-invitations-organisation");
  });

  it("opens a school's people, filters them by state, all in the URL", async () => {
    await page.getByRole("button", { name: schoolName, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("view") === "people" && url.searchParams.has("school"));
    await page.getByRole("columnheader", { name: "Products and roles" }).waitFor();
    await expect.poll(() => page.getByRole("textbox", { name: "School" }).inputValue()).toBe(schoolName);

    await page.getByRole("textbox", { name: "State" }).click();
    await page.getByRole("option", { name: "Pending" }).click();
    await page.keyboard.press("Escape");
    await page.waitForURL((url) => url.searchParams.get("states") === "PENDING" && url.searchParams.has("school"));

    await expect
      .poll(async () => {
        const shown = await rows().allInnerTexts();
        return shown.length > 0 && shown.every((r) => r.includes("Pending") && r.includes(schoolName));
      })
      .toBe(true);

    // The views share their filters: back to the organisation view and the school stays chosen.
    await page.getByRole("radiogroup", { name: "View" }).getByText("Organisation", { exact: true }).click();
    await page.waitForURL((url) => !url.searchParams.has("view"));
    await expect.poll(() => rows().count()).toBe(1);
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get("view") === "people");
    await rows().first().waitFor();
    await harness.screenshot(page, "21-invitations-people-filtered");
  });

  it("selects rows, confirms the resend with its count, and sees what happened", async () => {
    const shown = await rows().count();
    await page.getByRole("checkbox", { name: "Select every invitation on this page" }).check();
    await page.getByText(new RegExp(`^${shown} invitations? selected\\.$`)).waitFor();

    await page.getByRole("region", { name: "Selection" }).getByRole("button", { name: "Resend" }).click();
    const dialog = page.getByRole("dialog", { name: new RegExp(`^Resend ${shown} invitations?\\?$`) });
    await dialog.waitFor();
    await page.waitForTimeout(300); // let the dialog's entrance finish before the screenshot
    await harness.screenshot(page, "22-invitations-confirm-resend");
    await dialog.getByRole("button", { name: new RegExp(`^Resend ${shown} invitations?$`) }).click();

    // The notification says how many went, and why any were skipped.
    await page.getByRole("status").filter({ hasText: new RegExp(`Resent ${shown} invitations?`) }).waitFor();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.getByText("Tick invitations to resend or cancel them.").waitFor();
    await harness.screenshot(page, "23-invitations-resent");
  });

  it("opens an invitation's details and its history", async () => {
    const first = rows().first();
    const email = (await first.locator("td").nth(1).locator("p").last().innerText()).trim();
    await first.getByRole("button", { name: email }).click();
    await page.waitForURL((url) => url.searchParams.has("open"));

    const drawer = page.getByRole("dialog", { name: "Invitation details" });
    await drawer.getByText(email).first().waitFor();
    await drawer.getByRole("heading", { name: "History" }).waitFor();
    // Created, sent, and now resent.
    await drawer.getByText("Resent with a fresh link").first().waitFor();
    // Its new expiry in the app's date format, as the reader's clock tells it, not as UTC text.
    await drawer.getByText(/^a new link, expiring \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d$/).first().waitFor();
    expect(await drawer.getByText(/UTC/).count()).toBe(0);
    await page.waitForTimeout(300);
    await harness.screenshot(page, "24-invitation-details");

    await drawer.getByRole("button", { name: "Close details" }).click();
    await page.waitForURL((url) => !url.searchParams.has("open"));
    expect(harness.pageErrors).toEqual([]);
  });

  it("shows the emails in the mailbox, rendered and as plain text", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Mailbox" }).click();
    await page.getByRole("heading", { name: "Mailbox", level: 1 }).waitFor();
    await rows().first().waitFor();
    await harness.screenshot(page, "25-mailbox");

    await rows().first().locator("td").nth(1).getByRole("button").click();
    const preview = page.getByTitle("Email preview");
    await preview.waitFor();
    expect(await preview.getAttribute("sandbox")).toBe("");
    await expect.poll(async () => (await preview.contentFrame().locator("body").innerText()).length).toBeGreaterThan(20);
    await harness.screenshot(page, "26-mailbox-email");

    await page.getByRole("tab", { name: "Plain text" }).click();
    await page.getByRole("tabpanel").locator("pre").waitFor();
    expect(harness.pageErrors).toEqual([]);
  });
});
