// An admin's journeys, and an invitee's, with a keyboard only: Tab, Shift+Tab, Enter, Space, the arrow keys and
// Escape. Nothing here clicks or fills a field it hasn't tabbed to; locators only say where focus should be and what
// should show.
import { existsSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectFocusVisible, isFocused, pressUntilFocused, tabTo } from "./focus";
import { graphqlIn } from "./graphql";
import { DEMO_ADMIN, serverMain, startHarness, type Harness } from "./harness";

describe.skipIf(!existsSync(serverMain))("with a keyboard only, a trust admin and the person they invite", () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  const nav = (name: string) => page.getByRole("navigation").getByRole("link", { name });
  const next = () => page.getByRole("button", { name: /^Next: / });

  /** Tabs to a navigation link (back up to it from the screen's content) and follows it. */
  async function goTo(name: string, heading: string) {
    const inContent = await page.evaluate(() => Boolean(document.activeElement?.closest("main")));
    await tabTo(page, nav(name), { backwards: inContent, max: 200 });
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
  }

  it("signs in", async () => {
    await page.goto("/sign-in");
    const email = page.getByRole("textbox", { name: "Email" });
    await email.waitFor();
    // The first Tab reaches the skip link, as on every page; the email field comes next.
    await page.keyboard.press("Tab");
    expect(await isFocused(page.getByRole("link", { name: "Skip to main content" }))).toBe(true);
    await tabTo(page, email);
    await expectFocusVisible(page, "The email field");
    await page.keyboard.type(DEMO_ADMIN.email);
    await tabTo(page, page.getByLabel("Password"));
    await expectFocusVisible(page, "The password field");
    await page.keyboard.type(DEMO_ADMIN.password);
    const submit = page.getByRole("button", { name: "Sign in" });
    await tabTo(page, submit);
    await expectFocusVisible(page, "The sign-in button");
    await page.keyboard.press("Enter");
    await page.getByRole("banner").getByText(DEMO_ADMIN.email).waitFor();
  });

  it("invites a person with the wizard, from choosing a product to seeing the invitation sent", async () => {
    await goTo("Invite staff", "Invite staff");

    // Products and role: a school-level product every school subscribes to, and its first role.
    const product = page.getByRole("checkbox", { name: /^Management Information System/ });
    await tabTo(page, product);
    await expectFocusVisible(page, "A product card");
    await page.keyboard.press("Space");
    expect(await product.getAttribute("aria-checked")).toBe("true");
    const role = page.getByRole("radio").first();
    await tabTo(page, role);
    await expectFocusVisible(page, "A role card");
    await page.keyboard.press("Space");
    expect(await role.getAttribute("aria-checked")).toBe("true");
    await tabTo(page, next());
    await page.keyboard.press("Enter");

    // People: the step's heading has focus as it opens; tick the first person on the roster.
    await expect.poll(() => isFocused(page.getByRole("heading", { name: "People", level: 2 }))).toBe(true);
    const person = page.getByRole("checkbox", { name: /^Select (?!all on this page)/ }).first();
    await person.waitFor();
    const personName = ((await person.getAttribute("aria-label")) ?? "").replace(/^Select /, "");
    await tabTo(page, person);
    await expectFocusVisible(page, "A person's tick box");
    await page.keyboard.press("Space");
    await page.getByText("1 person chosen").waitFor();
    await tabTo(page, next());
    await page.keyboard.press("Enter");

    // Schools: the school of the person chosen, in one key press.
    await page.getByRole("heading", { name: "Schools" }).waitFor();
    const theirSchools = page.getByRole("button", { name: /^Tick the schools of the people you chose/ });
    await tabTo(page, theirSchools);
    await page.keyboard.press("Enter");
    await page.getByText("1 school ticked").waitFor();
    // A school's subscriptions open from its info button and close with Escape, back on the button.
    const info = page.getByRole("button", { name: /^Subscriptions at / }).first();
    await tabTo(page, info);
    await page.keyboard.press("Enter");
    const subscriptions = page.getByRole("dialog", { name: /^Subscriptions at / });
    await subscriptions.getByText(/'s subscriptions$/).waitFor();
    await expect.poll(() => subscriptions.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    await subscriptions.waitFor({ state: "detached" });
    await expect.poll(() => isFocused(info)).toBe(true);
    await tabTo(page, next());
    await page.keyboard.press("Enter");

    // Review, then when: now, the default.
    await page.getByRole("heading", { name: "Review" }).waitFor();
    await page.getByRole("group", { name: "Emails to send: 1" }).waitFor();
    await tabTo(page, next().and(page.locator(":not([disabled])")));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "When" }).waitFor();
    expect(await page.getByRole("radio", { name: /Notify now/ }).getAttribute("aria-checked")).toBe("true");
    const send = page.getByRole("button", { name: "Send 1 invitation" });
    await tabTo(page, send);
    await expectFocusVisible(page, "The send button");
    await page.keyboard.press("Enter");

    await expect.poll(() => isFocused(page.getByRole("heading", { name: "1 invitation sent" }))).toBe(true);
    await page.getByRole("table", { name: "New invitations" }).getByRole("link", { name: personName }).waitFor();
    expect(harness.pageErrors).toEqual([]);
  });

  it("selects two pending invitations and cancels them through the confirmation", async () => {
    await goTo("Invitations", "Invitations");
    // The view switch is a radio group: the arrow keys move between its options.
    const organisation = page.getByRole("radio", { name: "Organisation" });
    await tabTo(page, organisation);
    await expectFocusVisible(page, "The view switch");
    await pressUntilFocused(page, "ArrowRight", page.getByRole("radio", { name: "People" }));
    await page.waitForURL((url) => url.searchParams.get("view") === "people");

    // Only pending ones: the state filter's list opens with the down arrow; Enter chooses, Escape closes it.
    const state = page.getByRole("textbox", { name: "State" });
    await tabTo(page, state);
    await expectFocusVisible(page, "The state filter");
    await page.keyboard.press("ArrowDown"); // opens its list
    await pressUntilFocusedOption(page, "Pending");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    await page.waitForURL((url) => url.searchParams.get("states") === "PENDING");
    const rows = page.getByRole("table").last().locator("tbody tr");
    await expect.poll(async () => (await rows.allInnerTexts()).every((r) => r.includes("Pending"))).toBe(true);
    const summary = page.getByText(/^Showing .* of [\d,]+ invitations?$/);
    const total = Number((await summary.innerText()).match(/of ([\d,]+)/)![1]!.replace(/,/g, ""));

    const boxes = page.getByRole("table").last().getByRole("checkbox", { name: /^Select (?!every)/ });
    for (const i of [0, 1]) {
      await tabTo(page, boxes.nth(i));
      await expectFocusVisible(page, `Row ${i + 1}'s tick box`);
      await page.keyboard.press("Space");
    }
    await page.getByText("2 invitations selected.").waitFor();

    const cancel = page.getByRole("region", { name: "Selection" }).getByRole("button", { name: "Cancel" });
    await tabTo(page, cancel);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Cancel 2 invitations?" });
    await dialog.waitFor();
    // Focus is in the dialog, and Tab stays there.
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    const confirm = dialog.getByRole("button", { name: "Cancel 2 invitations" });
    await tabTo(page, confirm);
    await expectFocusVisible(page, "The confirm button");
    await page.keyboard.press("Enter");

    await page.getByRole("status").filter({ hasText: /Cancelled 2 invitations/ }).waitFor();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("Tick invitations to resend or cancel them.").waitFor();
    // They are no longer pending, so the list no longer holds them.
    await expect.poll(async () => (await summary.innerText()).endsWith(` of ${(total - 2).toLocaleString("en-GB")} invitations`)).toBe(true);
    // The buttons that started it are disabled now: focus isn't dropped to the top of the page but goes to the
    // selection bar, which says what is selected now.
    await expect.poll(() => isFocused(page.getByRole("region", { name: "Selection" })), { message: "focus on the selection bar" }).toBe(true);
  });

  it("opens an invitation's details, closes them with Escape and is back where it started", async () => {
    const opener = page.getByRole("table").last().locator("tbody tr").first().getByRole("button", { name: /@/ });
    // From the selection bar, where the bulk cancel left focus, on into the table.
    await tabTo(page, opener);
    await expectFocusVisible(page, "A row's details button");
    await page.keyboard.press("Enter");

    const drawer = page.getByRole("dialog", { name: "Invitation details" });
    await drawer.getByRole("heading", { name: "History" }).waitFor();
    expect(await drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await expectFocusVisible(page, "The first control in the drawer");

    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "detached" });
    await page.waitForURL((url) => !url.searchParams.has("open"));
    await expect.poll(() => isFocused(opener)).toBe(true);
    await expectFocusVisible(page, "The details button, after the drawer closed");
  });

  it("cancels one invitation from its details and stays in the drawer", async () => {
    const opener = page.getByRole("table").last().locator("tbody tr").first().getByRole("button", { name: /@/ });
    await tabTo(page, opener);
    await page.keyboard.press("Enter");
    const drawer = page.getByRole("dialog", { name: "Invitation details" });
    const cancel = drawer.getByRole("button", { name: "Cancel invitation" });
    await cancel.waitFor();
    await tabTo(page, cancel);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Cancel 1 invitation?" });
    await tabTo(page, dialog.getByRole("button", { name: "Cancel 1 invitation" }));
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: /Cancelled 1 invitation/ }).waitFor();
    await dialog.waitFor({ state: "detached" });

    // Its cancel button is gone with the invitation cancelled: focus goes to the drawer's heading, still inside it.
    await drawer.getByText("Cancelled", { exact: true }).first().waitFor();
    const person = drawer.getByRole("heading", { level: 2 }).filter({ hasNotText: "Invitation details" });
    await expect.poll(() => isFocused(person)).toBe(true);
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "detached" });
    expect(harness.pageErrors).toEqual([]);
  });

  it("lets the person invited register and accept with a keyboard, taken to each problem on the way", async () => {
    const email = `keyboard.${Date.now()}@example.org`;
    const url = await inviteByEmail(page, email);
    const invitee = await harness.newPage();
    await invitee.goto(url);
    await invitee.getByRole("heading", { name: /you're invited/i }).waitFor();

    // Sent with nothing filled in: focus goes to the first field at fault, its error read out with it.
    const accept = invitee.getByRole("button", { name: "Accept and create account" });
    await tabTo(invitee, accept);
    await expectFocusVisible(invitee, "The accept button");
    await invitee.keyboard.press("Enter");
    const firstName = invitee.getByRole("textbox", { name: "First name" });
    await expect.poll(() => isFocused(firstName)).toBe(true);
    expect(await firstName.getAttribute("aria-invalid")).toBe("true");
    expect(await describedBy(firstName)).not.toBe("");

    await invitee.keyboard.type("Kit");
    await invitee.keyboard.press("Tab");
    await invitee.keyboard.type("Keyes");
    await tabTo(invitee, invitee.getByLabel(/^Password/));
    await invitee.keyboard.type("Blue-kettle-orchard-42");
    await tabTo(invitee, invitee.getByLabel("Confirm password"));
    await invitee.keyboard.type("Blue-kettle-orchard-42");
    await tabTo(invitee, accept);
    await invitee.keyboard.press("Enter");
    await invitee.getByRole("heading", { name: "You're all set, Kit" }).waitFor();
    expect(harness.pageErrors).toEqual([]);
  });
});

/** The text of the elements that describe `field` (aria-describedby): its hint and its error. */
function describedBy(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ")
      .trim(),
  );
}

/** As the signed-in trust admin: invites a new person to a trust-level product and returns their accept link. */
async function inviteByEmail(admin: Page, email: string): Promise<string> {
  const { products } = await graphqlIn<{ products: { id: string; level: string; roles: { code: string }[] }[] }>(
    admin,
    "{ products { id level roles { code } } }",
  );
  const product = products.find((p) => p.level === "TRUST" && p.roles.length > 0)!;
  const { inviteStaff } = await graphqlIn<{ inviteStaff: { links: { url: string }[] } }>(
    admin,
    `mutation ($input: InviteStaffInput!) { inviteStaff(input: $input) { links { url } } }`,
    { input: { emails: [email], items: [{ productId: product.id }], roleCode: product.roles[0]!.code, returnLinks: true } },
  );
  return inviteStaff.links[0]!.url;
}

/** In an open combobox: arrow down until the option named `name` is the active one. */
async function pressUntilFocusedOption(page: Page, name: string) {
  const option = page.getByRole("option", { name });
  await option.waitFor();
  for (let i = 0; i < 20; i++) {
    if ((await option.getAttribute("data-combobox-selected")) !== null) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`Arrowing down never reached the option ${name}`);
}
