import { existsSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN, serverMain, startHarness, type Harness } from "./harness";

// Every screen a trust admin reaches from the navigation, by its link and its heading.
const SCREENS = [
  { nav: "Dashboard", path: "/", shot: "dashboard" },
  { nav: "Schools & subscriptions", path: "/schools", shot: "schools" },
  { nav: "Products", path: "/products", shot: "products" },
  { nav: "Staff roster", path: "/staff", shot: "staff" },
  { nav: "Invite staff", path: "/invite", shot: "invite" },
  { nav: "Invitations", path: "/invitations", shot: "invitations" },
  { nav: "Mailbox", path: "/mailbox", shot: "mailbox" },
  { nav: "Reports", path: "/reports", shot: "reports" },
  { nav: "Import", path: "/imports", shot: "imports" },
] as const;

const PUBLIC = [
  { heading: "Sign in", path: "/sign-in", shot: "sign-in" },
  { heading: "Accessibility statement for Lanyard", title: "Accessibility statement", path: "/accessibility", shot: "accessibility" },
] as const;

async function openScreen(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  // The screen's data, so what is measured is the screen as a person sees it.
  await page.waitForLoadState("networkidle");
}

async function h1Texts(page: Page): Promise<string[]> {
  return (await page.getByRole("heading", { level: 1 }).allInnerTexts()).map((t) => t.trim());
}

/** From a fresh load: the first Tab lands on a visible skip link, and Enter takes focus into main. */
async function expectSkipLink(page: Page) {
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  expect((await focused.innerText()).trim()).toBe("Skip to main content");
  const box = await focused.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box && box.x >= 0 && box.y >= 0 && box.y + box.height <= viewport.height && box.width > 0).toBe(true);
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
}

async function expectStatementInFooter(page: Page) {
  const link = page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" });
  expect(await link.getAttribute("href")).toBe("/accessibility");
}

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(!existsSync(serverMain))("every screen's structure: title, one h1, skip link, footer, reflow", () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it("gives the public pages one h1, a title naming them, a skip link first and the statement in the footer", async () => {
    for (const screen of PUBLIC) {
      await openScreen(page, screen.path);
      expect(await h1Texts(page)).toEqual([screen.heading]);
      expect(await page.title()).toBe(`${"title" in screen ? screen.title : screen.heading} · Lanyard`);
      await expectSkipLink(page);
      await expectStatementInFooter(page);
    }
    // The statement says what UK public sector buyers look for.
    for (const section of ["How accessible Lanyard is", "Reporting accessibility problems with Lanyard", "Enforcement procedure", "How we test Lanyard"]) {
      await page.getByRole("heading", { name: section, level: 2 }).waitFor();
    }
    expect(await page.getByRole("link", { name: "accessibility@lanyard.example" }).first().getAttribute("href")).toBe(
      "mailto:accessibility@lanyard.example",
    );
  });

  it("gives every signed-in screen one h1, a title naming it, a skip link first and the statement in the footer", async () => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(DEMO_ADMIN.email);
    await page.getByLabel("Password").fill(DEMO_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Signing in opens the Dashboard.
    await page.waitForURL((url) => url.pathname === "/");

    for (const screen of SCREENS) {
      await openScreen(page, screen.path);
      expect(await h1Texts(page)).toEqual([screen.nav]);
      expect(await page.title()).toBe(`${screen.nav} · Lanyard`);
      await expectSkipLink(page);
      await expectStatementInFooter(page);
      // Landmarks a screen reader lists: the header, the labelled navigation, main and the footer.
      expect(await page.getByRole("banner").count()).toBe(1);
      expect(await page.getByRole("navigation", { name: "Main" }).count()).toBe(1);
      expect(await page.getByRole("main").count()).toBe(1);
    }
  });

  it("moves focus to the new screen's h1 and announces it when a nav link is followed", async () => {
    await openScreen(page, "/mailbox");
    for (const screen of SCREENS) {
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: screen.nav }).click();
      await page.waitForURL((url) => url.pathname === screen.path);
      await expect
        .poll(() => page.evaluate(() => (document.activeElement?.tagName === "H1" ? document.activeElement.textContent : null)))
        .toBe(screen.nav);
      expect(await page.title()).toBe(`${screen.nav} · Lanyard`);
      await page.locator('[aria-live="polite"]').filter({ hasText: screen.nav }).first().waitFor({ state: "attached" });
    }
  });

  it("needs no sideways scrolling at 320 px wide (400 % zoom of a 1280 px window), except inside data tables", async () => {
    await page.setViewportSize({ width: 320, height: 720 });
    for (const screen of [...SCREENS, ...PUBLIC]) {
      await openScreen(page, screen.path);
      expect({ screen: screen.path, overflow: await horizontalOverflow(page) }).toEqual({ screen: screen.path, overflow: 0 });
      await harness.screenshot(page, `structure-320-${screen.shot}`);
    }
    // A wide table scrolls inside its own region, which the keyboard can reach and scroll.
    await openScreen(page, "/schools");
    const schools = page.getByRole("region", { name: "Schools" });
    await expect.poll(() => schools.getAttribute("tabindex")).toBe("0");
    expect(await schools.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

    // The header fits: the menu button and Sign out are on screen.
    await page.getByRole("button", { name: "Toggle navigation" }).waitFor();
    const signOut = await page.getByRole("banner").getByRole("button", { name: "Sign out" }).boundingBox();
    expect(signOut && signOut.x + signOut.width <= 320).toBe(true);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it("stops transitions and animations for people who ask their system for reduced motion", async () => {
    const motion = () =>
      page.evaluate(() => {
        const button = document.querySelector("main button")!;
        return parseFloat(getComputedStyle(button).transitionDuration);
      });
    await openScreen(page, "/invitations");
    expect(await motion()).toBeGreaterThan(0.01);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openScreen(page, "/invitations");
    expect(await motion()).toBeLessThan(0.001);
    await page.emulateMedia({ reducedMotion: "no-preference" });
  });
});
