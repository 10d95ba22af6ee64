// The Dashboard as a trust admin meets it: where signing in lands, its numbers agreeing with the list, and every
// bar (by mouse) and every number in a graph's table (by keyboard) opening the Invitations screen filtered to it.
import { existsSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isFocused, tabTo } from "./focus";
import { graphqlIn } from "./graphql";
import { DEMO_ADMIN, serverMain, startHarness, type Harness } from "./harness";

const count = (n: number) => n.toLocaleString("en-GB");

/** How many invitations the list itself counts for a filter: what every Dashboard number must equal. */
async function listCount(page: Page, filter: Record<string, unknown>): Promise<number> {
  const { invitations } = await graphqlIn<{ invitations: { totalCount: number } }>(
    page,
    "query ($filter: InvitationFilter) { invitations(first: 1, filter: $filter) { totalCount } }",
    { filter },
  );
  return invitations.totalCount;
}

/**
 * The bar drawn beside a category's label in a graph whose bars lie across (by state, school, product): the
 * `part`-th series of the row whose axis label is `label` (0 for the first, e.g. accepted).
 */
async function barFor(figure: Locator, label: string, part = 0): Promise<Locator> {
  // A long label wraps onto lines of its own (tspans): compare the words without the spaces between them.
  const squeeze = (text: string) => text.replace(/\s+/g, "");
  const ticks = await figure.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").all();
  let tick: Locator | undefined;
  for (const t of ticks) if (squeeze((await t.textContent()) ?? "") === squeeze(label)) tick = t;
  if (!tick) throw new Error(`No axis label "${label}"`);
  const box = (await tick.boundingBox())!;
  const middle = box.y + box.height / 2;
  const series = figure.locator(".recharts-bar").nth(part).locator(".recharts-rectangle");
  for (const bar of await series.all()) {
    const b = await bar.boundingBox();
    if (b && b.width > 0 && b.y <= middle && b.y + b.height >= middle) return bar;
  }
  throw new Error(`No bar of series ${part} beside "${label}"`);
}

/** The people view's foot: "Showing 1–25 of 212 invitations". */
const listTotal = (page: Page, n: number) => page.getByText(new RegExp(`of ${count(n)} invitations?$`));

describe.skipIf(!existsSync(serverMain))("the dashboard shows its graphs and a click filters the Invitations screen", () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  const figure = (name: string) => page.getByRole("figure", { name });
  const tile = (label: string) => page.getByRole("listitem").filter({ has: page.getByText(label, { exact: true }) });

  it("opens on the Dashboard after signing in, with its headline numbers and four graphs", async () => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(DEMO_ADMIN.email);
    await page.getByLabel("Password").fill(DEMO_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
    expect(await page.getByRole("navigation", { name: "Main" }).getByRole("link").first().innerText()).toBe("Dashboard");

    await page.getByRole("heading", { name: "At a glance" }).waitFor();
    const invited = await listCount(page, {});
    const pending = await listCount(page, { states: ["PENDING"] });
    const failed = await listCount(page, { delivery: "FAILED" });
    expect(invited).toBeGreaterThan(0);
    await expect.poll(() => tile("Invited").innerText()).toContain(count(invited));
    expect(await tile("Pending").innerText()).toContain(count(pending));
    expect(await tile("Delivery failures").innerText()).toContain(count(failed));
    expect(await tile("Acceptance rate").innerText()).toMatch(/\d+(\.\d)?%/);
    await expect.poll(() => tile("Expiring in 7 days").innerText()).toMatch(/\n[\d,]+\n/);

    for (const name of ["Invitations by state", "Sent and accepted by day", "Invitations by school", "Invitations by product"]) {
      // A figure named by its caption, with bars drawn (the small seed has invitations in every graph).
      await expect.poll(() => figure(name).locator(".recharts-rectangle").count(), { message: name }).toBeGreaterThan(0);
    }
    await harness.screenshot(page, "30-dashboard");
  });

  it("opens the Invitations screen filtered to a state when its bar is clicked", async () => {
    const pending = await listCount(page, { states: ["PENDING"] });
    await (await barFor(figure("Invitations by state"), "Pending")).click();
    await page.waitForURL((url) => url.pathname === "/invitations" && url.searchParams.get("states") === "PENDING");
    expect(new URL(page.url()).searchParams.get("view")).toBe("people");
    await page.getByRole("heading", { name: "Invitations", level: 1 }).waitFor();
    // The list counts what the bar counted, and every row is pending.
    await listTotal(page, pending).waitFor();
    const rows = page.getByRole("table").last().locator("tbody tr");
    await expect.poll(async () => (await rows.allInnerTexts()).every((r) => r.includes("Pending"))).toBe(true);
    await harness.screenshot(page, "31-dashboard-click-state");
  });

  it("opens a school's accepted invitations from its part of the school's bar, keeping the Dashboard's filters", async () => {
    await page.goBack();
    await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
    // A filter set on the Dashboard travels with the click.
    const { invitationStats: all } = await graphqlIn<{ invitationStats: { byProduct: { product: { id: string; name: string }; accepted: number }[] } }>(
      page,
      "{ invitationStats { byProduct { product { id name } accepted } } }",
    );
    const product = all.byProduct.filter((p) => p.accepted > 0).sort((a, b) => b.accepted - a.accepted)[0]!.product;
    await page.goto(`/?product=${product.id}`);
    await page.getByRole("heading", { name: "At a glance" }).waitFor();
    await expect.poll(() => page.getByRole("textbox", { name: "Product" }).inputValue()).toBe(product.name);

    const { invitationStats } = await graphqlIn<{ invitationStats: { bySchool: { school: { id: string; name: string }; accepted: number }[] } }>(
      page,
      "query ($filter: InvitationFilter) { invitationStats(filter: $filter) { bySchool { school { id name } accepted } } }",
      { filter: { productId: product.id } },
    );
    const school = invitationStats.bySchool.filter((s) => s.accepted > 0).sort((a, b) => b.accepted - a.accepted)[0]!;
    const chart = figure("Invitations by school");
    await expect.poll(() => chart.locator(".recharts-rectangle").count()).toBeGreaterThan(0);
    await (await barFor(chart, school.school.name, 0)).click();

    await page.waitForURL((url) => url.pathname === "/invitations" && url.searchParams.get("school") === school.school.id);
    const params = new URL(page.url()).searchParams;
    expect([params.get("view"), params.get("states"), params.get("product")]).toEqual(["people", "ACCEPTED", product.id]);
    await listTotal(page, school.accepted).waitFor();
    await expect.poll(() => page.getByRole("textbox", { name: "School" }).inputValue()).toBe(school.school.name);
    expect(school.accepted).toBe(await listCount(page, { states: ["ACCEPTED"], schoolId: school.school.id, productId: product.id }));
  });

  it("switches the time graph to weeks, in the URL, and opens a day's invitations from its table with the keyboard", async () => {
    await page.goto("/");
    await page.getByRole("heading", { name: "At a glance" }).waitFor();
    const time = figure("Sent and accepted by day");
    await time.getByText("By week").click();
    await page.waitForURL((url) => url.searchParams.get("by") === "week");
    await figure("Sent and accepted by week").waitFor();
    await page.goBack();
    await time.waitFor();

    // From the keyboard: "Show as table", then a day's link.
    const toggle = time.getByRole("button", { name: "Show as table" });
    await toggle.focus();
    await page.keyboard.press("Enter");
    const table = time.getByRole("table", { name: "Sent and accepted by day" });
    await table.waitFor();
    const link = table.getByRole("rowheader").getByRole("link").last();
    const day = (await link.getAttribute("href"))!;
    const target = new URL(day, harness.baseUrl).searchParams;
    expect(target.get("from")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(target.get("to")).toBe(target.get("from"));
    await tabTo(page, link, { max: 200 });
    expect(await isFocused(link)).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/invitations" && url.searchParams.get("from") === target.get("from"));
    await page.getByRole("button", { name: "Clear sent from date" }).waitFor();
    expect(harness.pageErrors).toEqual([]);
  });
});
