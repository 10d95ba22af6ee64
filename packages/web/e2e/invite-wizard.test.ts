import { existsSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphqlIn, signInAsAdmin } from "./graphql";
import { serverMain, startHarness, type Harness } from "./harness";

interface Product {
  id: string;
  name: string;
  level: string;
  roles: { code: string }[];
}
interface School {
  id: string;
  name: string;
  subscriptions: { active: boolean; product: { id: string } }[];
}

/**
 * From the demo seed: two school-level products sharing a role, and schools with both, only one
 * (that product's item is skipped there) and neither (it can't be ticked).
 */
async function findCase(page: Page) {
  const data = await graphqlIn<{ products: Product[]; schools: { edges: { node: School }[] } }>(
    page,
    `query ($n: Int!) { products { id name level roles { code } } schools(first: $n) { edges { node { id name subscriptions { active product { id } } } } } }`,
    { n: 100 },
  );
  const schools = data.schools.edges.map((e) => e.node);
  const has = (s: School, p: Product) => s.subscriptions.some((x) => x.active && x.product.id === p.id);
  const products = data.products.filter((p) => p.level === "SCHOOL");
  for (const a of products) {
    for (const b of products) {
      if (a === b || !a.roles.some((r) => b.roles.some((q) => q.code === r.code))) continue;
      const both = schools.find((s) => has(s, a) && has(s, b));
      const onlyA = schools.find((s) => has(s, a) && !has(s, b));
      const neither = schools.find((s) => !has(s, a) && !has(s, b));
      if (both && onlyA && neither) return { a, b, both, onlyA, neither };
    }
  }
  throw new Error("The demo seed has no pair of school products with a school subscribing to one, both and neither");
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe.skipIf(!existsSync(serverMain))("a trust admin invites staff with the wizard", () => {
  let harness: Harness;
  let page: Page;
  let setup: Awaited<ReturnType<typeof findCase>>;
  const people: string[] = [];

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    await signInAsAdmin(page);
    setup = await findCase(page);
  });

  afterAll(async () => {
    await harness?.stop();
  });

  const next = () => page.getByRole("button", { name: /^Next: / }).click();

  it("chooses two school products and one role they share", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Invite staff" }).click();
    await page.getByRole("heading", { name: "Invite staff", level: 1 }).waitFor();
    // Nothing chosen yet: the wizard says what's missing rather than letting the person on.
    expect(await page.getByRole("button", { name: /^Next: / }).isDisabled()).toBe(true);
    await page.getByText("Choose at least one product.").first().waitFor();

    await page.getByRole("checkbox", { name: new RegExp(`^${escape(setup.a.name)}`) }).click();
    await page.getByRole("checkbox", { name: new RegExp(`^${escape(setup.b.name)}`) }).click();
    await page.getByRole("heading", { name: "Role" }).waitFor();
    await page.getByRole("radio").first().click();
    await harness.screenshot(page, "40-invite-products");
    await next();
  });

  it("picks two people from the roster who don't use the first product yet", async () => {
    await page.getByRole("heading", { name: "People" }).waitFor();
    const pick = page.getByRole("checkbox", { name: /^Select (?!all on this page)/ });
    await pick.first().waitFor();
    for (const i of [0, 1]) {
      const box = pick.nth(i);
      people.push(((await box.getAttribute("aria-label")) ?? "").replace(/^Select /, ""));
      await box.check();
    }
    await page.getByText("2 people chosen").waitFor();
    await harness.screenshot(page, "41-invite-people");
    await next();
  });

  it("can't tick a school without either subscription, and ticks one with both and one with only one", async () => {
    await page.getByRole("heading", { name: "Schools" }).waitFor();
    const neither = page.getByRole("checkbox", { name: setup.neither.name, exact: true });
    expect(await neither.isDisabled()).toBe(true);
    await page.getByRole("row", { name: new RegExp(escape(setup.neither.name)) }).getByText(/^No active .* subscription$/).waitFor();

    // The info button shows the school's subscriptions, without ticking it.
    await page.getByRole("button", { name: `Subscriptions at ${setup.onlyA.name}` }).click();
    await page.getByRole("dialog").getByText(`${setup.onlyA.name}'s subscriptions`).waitFor();
    await page.keyboard.press("Escape");
    expect(await page.getByRole("checkbox", { name: setup.onlyA.name, exact: true }).isChecked()).toBe(false);

    await page.getByRole("checkbox", { name: setup.both.name, exact: true }).check();
    await page.getByRole("checkbox", { name: setup.onlyA.name, exact: true }).check();
    await page.getByText("2 schools ticked").waitFor();
    await harness.screenshot(page, "42-invite-schools");
    await next();
  });

  it("reviews what will be sent and sees the skipped school with its reason", async () => {
    await page.getByRole("heading", { name: "Review" }).waitFor();
    await page.getByRole("group", { name: "Emails to send: 2" }).waitFor();
    const skipped = page.getByRole("table", { name: "Skipped" });
    await skipped.waitFor();
    const row = skipped.getByRole("row", { name: new RegExp(escape(setup.onlyA.name)) });
    await row.waitFor();
    expect(await row.innerText()).toContain(setup.b.name);
    expect(await row.innerText()).toContain("No active subscription");
    expect(await skipped.innerText()).not.toContain(setup.both.name);
    await harness.screenshot(page, "43-invite-review");
    await next();
  });

  it("sends now and sees the new invitations and what was skipped", async () => {
    await page.getByRole("heading", { name: "When" }).waitFor();
    expect(await page.getByRole("radio", { name: /Notify now/ }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Send 2 invitations" }).click();

    await page.getByRole("heading", { name: "2 invitations sent" }).waitFor();
    const created = page.getByRole("table", { name: "New invitations" });
    for (const name of people) await created.getByRole("link", { name }).waitFor();
    expect(await page.getByRole("table", { name: "Skipped" }).innerText()).toContain(setup.onlyA.name);
    await harness.screenshot(page, "44-invite-result");

    // Each new invitation links to the Invitations screen, searched for that person.
    const href = await created.getByRole("link", { name: people[0]! }).getAttribute("href");
    expect(href).toMatch(/^\/invitations\?.*view=people/);
    expect(harness.pageErrors).toEqual([]);
  });

  it("doesn't offer the people just invited again", async () => {
    await page.getByRole("button", { name: "Invite more people" }).click();
    await page.getByRole("checkbox", { name: new RegExp(`^${escape(setup.a.name)}`) }).click();
    await page.getByRole("radio").first().click();
    await next();
    await page.getByRole("checkbox", { name: /^Select (?!all on this page)/ }).first().waitFor();
    for (const name of people) expect(await page.getByRole("checkbox", { name: `Select ${name}` }).count()).toBe(0);
  });
});
