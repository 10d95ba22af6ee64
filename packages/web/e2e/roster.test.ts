import { existsSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN, DEMO_SCHOOL_ADMIN, serverMain, startHarness, type Harness } from "./harness";

// Without a built server there is nothing to drive; build it with `pnpm build` at the root.
describe.skipIf(!existsSync(serverMain))("a trust admin's first look around", () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it("sends a signed-out visitor to sign in, and refuses wrong details", async () => {
    await page.goto("/staff");
    await page.waitForURL("**/sign-in");
    await expect.poll(() => page.getByRole("heading", { name: "Sign in" }).isVisible()).toBe(true);
    await harness.screenshot(page, "01-sign-in");

    await page.getByLabel("Email").fill(DEMO_ADMIN.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect((await alert.textContent())?.trim().length).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole("button", { name: "Sign in" }).isEnabled()).toBe(true);
    await page.waitForTimeout(300); // let the button's loading overlay fade before the screenshot
    await harness.screenshot(page, "02-sign-in-failed");
  });

  it("signs in and lands in the app with the trust and the admin shown", async () => {
    await page.getByLabel("Password").fill(DEMO_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // It returns to where the visitor was going.
    await page.waitForURL("**/staff");
    await page.getByRole("banner").getByText(DEMO_ADMIN.email).waitFor();
    expect(await page.getByRole("banner").getByRole("button", { name: "Sign out" }).isVisible()).toBe(true);
  });

  it("finds a person on the staff roster by surname", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Products" }).click();
    await page.getByRole("heading", { name: "Products", level: 1 }).waitFor();
    await page.getByRole("navigation").getByRole("link", { name: "Staff roster" }).click();
    await page.getByRole("heading", { name: "Staff roster" }).waitFor();

    const rows = page.getByRole("table").last().locator("tbody tr");
    await rows.first().waitFor();
    await harness.screenshot(page, "03-staff-roster");
    // The first cell shows the avatar's initials (decorative), the name, then the email.
    const fullName = (await rows.first().locator("td").first().locator("p").first().innerText()).trim();
    const surname = fullName.split(/\s+/).at(-1)!;
    expect(surname.length).toBeGreaterThan(1);

    await page.getByRole("textbox", { name: "Search" }).fill(surname);
    await page.waitForURL((url) => url.searchParams.get("q") === surname);
    // Every row shown is a match, and the person we searched for is among them.
    await expect
      .poll(async () => {
        const shown = (await rows.allInnerTexts()).map((r) => r.toLowerCase());
        return shown.length > 0 && shown.every((r) => r.includes(surname.toLowerCase()));
      })
      .toBe(true);
    await page.getByRole("row", { name: new RegExp(fullName) }).first().waitFor();
    await harness.screenshot(page, "04-staff-search");

    // The search is in the URL, so the back button restores the whole roster.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has("q"));
    expect(await page.getByRole("textbox", { name: "Search" }).inputValue()).toBe("");

    // Cursor paging: forward and back again.
    await page.getByText(/^Showing 1–25 of/).waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText(/^Showing 26–50 of/).waitFor();
    await page.getByRole("button", { name: "Previous" }).click();
    await page.getByText(/^Showing 1–25 of/).waitFor();
  });

  it("filters the roster by a school found by typing, from the keyboard, and keeps it named in the URL", async () => {
    const rows = page.getByRole("table").last().locator("tbody tr");
    const picker = page.getByRole("textbox", { name: "School" });
    await picker.focus();
    // Opened, it lists schools by name; the last shown is found again by typing part of its name.
    const options = page.getByRole("listbox").getByRole("option");
    await options.first().waitFor();
    const schoolName = (await options.last().locator("p").first().innerText()).trim();
    const words = schoolName.split(/\s+/);
    const typed = words.slice(0, 2).join(" ").toLowerCase();
    await picker.pressSequentially(typed, { delay: 30 });
    await expect.poll(async () => (await options.allInnerTexts()).every((o) => o.toLowerCase().includes(typed)) && (await options.count()) > 0).toBe(true);
    const position = (await options.evaluateAll((els) => els.map((el) => el.querySelector("p")?.textContent?.trim()))).indexOf(schoolName);
    expect(position).toBeGreaterThanOrEqual(0);
    await harness.screenshot(page, "04a-staff-school-picker");
    for (let i = 0; i <= position; i++) await picker.press("ArrowDown");
    await picker.press("Enter");

    await page.waitForURL((url) => url.searchParams.has("school"));
    await expect.poll(() => picker.inputValue()).toBe(schoolName);
    await expect
      .poll(async () => {
        const shown = await rows.allInnerTexts();
        return shown.length > 0 && shown.every((r) => r.includes(schoolName));
      })
      .toBe(true);

    // Opened from its URL, the filter names the school.
    await page.reload();
    await expect.poll(() => page.getByRole("textbox", { name: "School" }).inputValue()).toBe(schoolName);
    await harness.screenshot(page, "04a-staff-by-school");

    await page.getByRole("button", { name: "Clear school filter" }).click();
    await page.waitForURL((url) => !url.searchParams.has("school"));
    expect(await page.getByRole("textbox", { name: "School" }).inputValue()).toBe("");
    // The next step starts from the whole roster, read again and settled, with no list left open.
    await page.keyboard.press("Escape");
    await page.waitForLoadState("networkidle");
  });

  it("revokes a person's access from the roster, after saying whose and what", async () => {
    const rows = page.getByRole("table").last().locator("tbody tr");
    // The first person on the page who holds an access: each access is a button in the Access column.
    const holder = rows.filter({ has: page.getByRole("button") }).first();
    await holder.waitFor();
    const dialog = page.getByRole("dialog", { name: "Revoke access?" });
    // The roster may still be settling from the previous filter: a re-render can close an open
    // menu or put another person first. So: read whose access, open its menu, and check the
    // dialog names that person and access; otherwise close it and read again.
    let person = "";
    let access = "";
    let before = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        const badge = holder.getByRole("button").first();
        access = (await badge.innerText()).trim();
        person = (await holder.locator("td").first().locator("p").first().innerText()).trim();
        before = await holder.getByRole("button", { name: access, exact: true }).count();
        await badge.click();
        await page.getByRole("menuitem", { name: "Revoke access…" }).click({ timeout: 5_000 });
        await dialog.waitFor({ timeout: 5_000 });
        if ((await dialog.innerText()).includes(`${person} loses ${access}`)) break;
        await dialog.getByRole("button", { name: "Keep it" }).click();
        await dialog.waitFor({ state: "hidden" });
      } catch (error) {
        if (attempt >= 4) throw error;
        await page.keyboard.press("Escape");
      }
      if (attempt >= 4) throw new Error(`the revoke dialog never named ${person}'s ${access}`);
    }
    expect(await dialog.innerText()).toContain(`${person} loses ${access}`);
    await page.waitForTimeout(300); // let the dialog's opening transition finish before the screenshot
    await harness.screenshot(page, "04b-revoke-access");

    await dialog.getByRole("button", { name: "Revoke access" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByRole("status").getByText(`${person} no longer has`).waitFor();
    // The roster is read again: that person holds one such access fewer.
    const row = page.getByRole("row", { name: new RegExp(person) }).first();
    await expect.poll(() => row.getByRole("button", { name: access, exact: true }).count()).toBe(before - 1);
    expect(harness.pageErrors).toEqual([]);
  });

  it("opens a school and shows its subscriptions", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Schools & subscriptions" }).click();
    await page.getByRole("heading", { name: "Schools & subscriptions" }).waitFor();
    const firstSchool = page.getByRole("table").last().locator("tbody tr").first().getByRole("link");
    await firstSchool.waitFor();
    await harness.screenshot(page, "05-schools");

    // Only schools with an active subscription to the chosen product.
    await page.getByRole("textbox", { name: "Subscribed to" }).click();
    const option = page.getByRole("option").first();
    const product = (await option.innerText()).trim();
    await option.click();
    await page.waitForURL((url) => url.searchParams.has("product"));
    await expect
      .poll(async () => {
        const shown = await page.getByRole("table").last().locator("tbody tr").allInnerTexts();
        return shown.length > 0 && shown.every((row) => row.includes(product));
      })
      .toBe(true);
    await page.getByRole("button", { name: "Clear product filter" }).click();
    await page.waitForURL((url) => !url.searchParams.has("product"));
    await firstSchool.waitFor();
    const schoolName = (await firstSchool.innerText()).trim();

    await firstSchool.click();
    await page.waitForURL(/\/schools\/[^/]+$/);
    await page.getByRole("heading", { name: schoolName, level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Subscriptions" }).waitFor();
    const table = page.getByRole("table");
    await table.locator("tbody tr").first().waitFor();
    const rows = await table.locator("tbody tr").allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/active|ended|upcoming/i);
    await harness.screenshot(page, "06-school");
  });

  it("lists products with their roles", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Products" }).click();
    await page.getByRole("heading", { name: "Products", level: 1 }).waitFor();
    await page.getByRole("article").first().waitFor();
    expect(await page.getByRole("article").count()).toBeGreaterThan(0);
    await harness.screenshot(page, "07-products");
  });

  it("signs out and is asked to sign in again", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/sign-in");
    await page.goto("/schools");
    await page.waitForURL("**/sign-in");
    expect(harness.pageErrors).toEqual([]);
  });

  it("shows a school admin only their own school", async () => {
    const own = await harness.newPage();
    await own.goto("/sign-in");
    await own.getByLabel("Email").fill(DEMO_SCHOOL_ADMIN.email);
    await own.getByLabel("Password").fill(DEMO_SCHOOL_ADMIN.password);
    await own.getByRole("button", { name: "Sign in" }).click();
    // Signing in opens the Dashboard; the schools are one link away.
    await own.waitForURL((url) => url.pathname === "/");
    await own.getByRole("banner").getByText(/School admin · /).waitFor();
    const schoolName = ((await own.getByRole("banner").getByText(/School admin · /).innerText()).split(" · ")[1] ?? "").trim();
    expect(schoolName.length).toBeGreaterThan(0);
    await own.getByRole("navigation").getByRole("link", { name: "Schools & subscriptions" }).click();
    await own.waitForURL("**/schools");

    await own.getByRole("table").last().locator("tbody tr").first().getByRole("link").waitFor();
    const schools = await own.getByRole("table").last().locator("tbody tr").allInnerTexts();
    expect(schools).toHaveLength(1);
    expect(schools[0]).toContain(schoolName);

    await own.getByRole("navigation").getByRole("link", { name: "Staff roster" }).click();
    await own.getByText(`Showing staff at ${schoolName}, your school.`).waitFor();
    await own.getByRole("table").last().locator("tbody tr").first().waitFor();
    expect(await own.getByRole("textbox", { name: "School" }).count()).toBe(0);
    expect(await own.getByRole("columnheader", { name: "School" }).count()).toBe(0);
    await harness.screenshot(own, "08-school-admin-roster");
    expect(harness.pageErrors).toEqual([]);
  });
});
