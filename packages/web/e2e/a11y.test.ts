// Every screen, for a trust admin, a school admin and an invitee, through axe-core's WCAG 2.0–2.2 A and AA rules:
// a serious or critical violation fails, naming the rule, how to fix it and the elements at fault.
import { existsSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoA11yViolations } from "./axe";
import { graphqlIn, signInAsAdmin } from "./graphql";
import { DEMO_ADMIN, DEMO_SCHOOL_ADMIN, serverMain, startHarness, type Harness } from "./harness";
import { chooseFile, findHeldAccess, findImportCase, hopelessCsv, invitationsCsv } from "./importFiles";

interface Invited {
  links: { email: string; url: string }[];
  invitations: { id: string }[];
  errors: { message: string }[];
}

/**
 * As a trust admin: invites `email` to a trust-level product and returns its accept link and id. A product
 * that requires acceptance sends an existing user a link too (the other kind grants them access at once).
 */
async function invite(admin: Page, email: string, { requireAcceptance = false, ...extra }: { requireAcceptance?: boolean; expiresAt?: string } = {}) {
  const { products } = await graphqlIn<{ products: { id: string; level: string; acceptance: string; roles: { code: string }[] }[] }>(
    admin,
    "{ products { id level acceptance roles { code } } }",
  );
  const product = products.find(
    (p) => p.level === "TRUST" && p.roles.length > 0 && (p.acceptance === "REQUIRE_ACCEPTANCE") === requireAcceptance,
  );
  if (!product) throw new Error(`The demo seed has no trust-level product with a role and requireAcceptance ${requireAcceptance}`);
  const { inviteStaff } = await graphqlIn<{ inviteStaff: Invited }>(
    admin,
    `mutation ($input: InviteStaffInput!) { inviteStaff(input: $input) { links { email url } invitations { id } errors { message } } }`,
    { input: { emails: [email], items: [{ productId: product.id }], roleCode: product.roles[0]!.code, returnLinks: true, ...extra } },
  );
  expect(inviteStaff.errors).toEqual([]);
  const id = inviteStaff.invitations[0]!.id;
  // Links come back only for new people; an existing user's is in the email they were sent.
  return { url: inviteStaff.links[0]?.url ?? (await linkFromMailbox(admin, id)), id };
}

async function linkFromMailbox(admin: Page, invitationId: string): Promise<string> {
  const { emailMessages } = await graphqlIn<{ emailMessages: { edges: { node: { invitationId: string | null; text: string } }[] } }>(
    admin,
    "{ emailMessages(first: 50) { edges { node { invitationId text } } } }",
  );
  const text = emailMessages.edges.find((e) => e.node.invitationId === invitationId)?.node.text ?? "";
  const url = /https?:\/\/\S+\/accept\/[\w-]+/.exec(text)?.[0];
  if (!url) throw new Error(`No accept link in the mailbox for invitation ${invitationId}`);
  return url;
}

/** Waits for the screen's heading, then for its lists to load. */
async function screen(page: Page, heading: string | RegExp) {
  await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
  await page.locator('[aria-busy="true"]').first().waitFor({ state: "detached" });
}

describe.skipIf(!existsSync(serverMain))("every screen meets WCAG 2.2 AA as axe-core checks it", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  for (const who of [
    { label: "a trust admin", user: DEMO_ADMIN },
    { label: "a school admin", user: DEMO_SCHOOL_ADMIN },
  ]) {
    describe(`signed in as ${who.label}`, () => {
      let page: Page;

      beforeAll(async () => {
        page = await harness.newPage();
        await signInAsAdmin(page, who.user);
      });

      const nav = (name: string) => page.getByRole("navigation").getByRole("link", { name }).click();

      it("dashboard, where signing in lands", async () => {
        await page.goto("/");
        await screen(page, "Dashboard");
        await page.getByRole("heading", { name: "At a glance" }).waitFor();
        await page.getByRole("figure", { name: "Invitations by product" }).locator(".recharts-rectangle").first().waitFor();
        await expectNoA11yViolations(page, "Dashboard");
      });

      it("dashboard, filtered, by week, with every graph shown as a table", async () => {
        await page.goto("/?unresolved=1&by=week");
        await screen(page, "Dashboard");
        await page.getByRole("heading", { name: "At a glance" }).waitFor();
        const toggles = await page.getByRole("button", { name: "Show as table" }).all();
        for (const toggle of toggles) await toggle.click();
        await page.getByRole("table", { name: "Invitations by product" }).waitFor();
        await expectNoA11yViolations(page, "Dashboard: filtered, by week, graphs as tables");
      });

      it("schools & subscriptions", async () => {
        await nav("Schools & subscriptions");
        await screen(page, /Schools/);
        await expectNoA11yViolations(page, "Schools & subscriptions");
      });

      it("a school's page", async () => {
        const { schools } = await graphqlIn<{ schools: { edges: { node: { id: string } }[] } }>(
          page,
          "{ schools(first: 1) { edges { node { id } } } }",
        );
        await page.goto(`/schools/${schools.edges[0]!.node.id}`);
        await screen(page, /./);
        await expectNoA11yViolations(page, "A school's page");
      });

      it("products", async () => {
        await nav("Products");
        await screen(page, "Products");
        await expectNoA11yViolations(page, "Products");
      });

      it("staff roster", async () => {
        await nav("Staff roster");
        await screen(page, /Staff/);
        await expectNoA11yViolations(page, "Staff roster");
      });

      it("staff roster, with an access's menu and then its revoke confirmation open", async () => {
        await page.getByRole("table").getByRole("button", { name: / · / }).first().click();
        await page.getByRole("menu").waitFor();
        await expectNoA11yViolations(page, "Staff roster: an access's menu");
        await page.getByRole("menuitem", { name: "Revoke access…" }).click();
        await page.getByRole("dialog", { name: "Revoke access?" }).waitFor();
        await expectNoA11yViolations(page, "Staff roster: revoke confirmation");
      });

      describe("the invite wizard, at each step", () => {
        const next = () => page.getByRole("button", { name: /^Next: / }).click();

        it("products and role, nothing chosen yet", async () => {
          await page.goto("/schools");
          await nav("Invite staff");
          await screen(page, "Invite staff");
          await expectNoA11yViolations(page, "Invite wizard: products (empty)");
        });

        it("products and role, chosen", async () => {
          // A school-level product, so the wizard has its schools step.
          const cards = page.getByRole("checkbox").and(page.locator(":not([disabled])"));
          const school = page.getByRole("checkbox", { name: /School/ }).and(page.locator(":not([disabled])"));
          await ((await school.count()) > 0 ? school : cards).first().click();
          await page.getByRole("radio").first().click();
          await expectNoA11yViolations(page, "Invite wizard: products and role");
        });

        it("people", async () => {
          await next();
          await page.getByRole("heading", { name: "People" }).waitFor();
          const pick = page.getByRole("checkbox", { name: /^Select (?!all on this page)/ });
          await pick.first().check();
          await expectNoA11yViolations(page, "Invite wizard: people");
        });

        it("people, pasting an address that isn't one", async () => {
          await page.getByRole("tab", { name: /Paste emails/ }).click();
          const emails = page.getByRole("textbox", { name: "Email addresses" });
          await emails.fill("a.person@example.org\nnot an address");
          await page.getByRole("list", { name: "Entries to fix" }).waitFor();
          await expectNoA11yViolations(page, "Invite wizard: people, pasted emails with a problem");
          await emails.fill("");
          await page.getByRole("tab", { name: /From the roster/ }).click();
        });

        it("schools (for a school-level product)", async () => {
          await next();
          const schools = page.getByRole("heading", { name: "Schools" });
          await schools.or(page.getByRole("heading", { name: "Review" })).first().waitFor();
          if (await schools.isVisible()) {
            // A school admin's own school is chosen for them.
            const box = page.getByRole("table").getByRole("checkbox").and(page.locator(":not([disabled])"));
            if ((await box.count()) > 0 && !(await box.first().isChecked())) await box.first().check();
            await expectNoA11yViolations(page, "Invite wizard: schools");
          }
        });

        it("review", async () => {
          if (await page.getByRole("heading", { name: "Schools" }).isVisible()) await next();
          await page.getByRole("heading", { name: "Review" }).waitFor();
          await page.getByRole("button", { name: /^Next: when/ }).and(page.locator(":not([disabled])")).waitFor();
          await expectNoA11yViolations(page, "Invite wizard: review");
        });

        it("when", async () => {
          await next();
          await page.getByRole("heading", { name: "When" }).waitFor();
          await expectNoA11yViolations(page, "Invite wizard: when");
        });

        it("when, scheduled and with an expiry of its own", async () => {
          await page.getByRole("radio", { name: /^Schedule/ }).click();
          await page.getByRole("switch", { name: "Choose a different expiry" }).click();
          await page.getByLabel("Last day the links work").waitFor();
          await expectNoA11yViolations(page, "Invite wizard: when, scheduled");
          await page.getByRole("switch", { name: "Choose a different expiry" }).click();
          await page.getByRole("radio", { name: /^Notify now/ }).click();
        });

        it("the result", async () => {
          await page.getByRole("button", { name: /^Send \d+ invitations?$/ }).click();
          await page.getByRole("heading", { name: /invitations? sent$/ }).waitFor();
          await expectNoA11yViolations(page, "Invite wizard: result");
        });
      });

      it("invitations, organisation view", async () => {
        await page.goto("/schools");
        await nav("Invitations");
        await screen(page, "Invitations");
        await expectNoA11yViolations(page, "Invitations: organisation view");
      });

      it("invitations, people view", async () => {
        await page.goto("/invitations?view=people");
        await screen(page, "Invitations");
        await page.getByRole("table").last().locator("tbody tr").first().waitFor();
        await expectNoA11yViolations(page, "Invitations: people view");
      });

      it("invitations, people view filtered by state, product and dates", async () => {
        await page.goto("/invitations?view=people&states=PENDING,EXPIRED&from=2020-01-01&to=2030-12-31");
        await screen(page, "Invitations");
        await page.getByRole("button", { name: "Clear sent from date" }).waitFor();
        await expectNoA11yViolations(page, "Invitations: people view, filtered");
      });

      it("invitations, with a bulk action's confirm dialog open", async () => {
        await page.goto("/invitations?view=people");
        await screen(page, "Invitations");
        const selectAll = page.getByRole("checkbox", { name: "Select every invitation on this page" });
        await selectAll.check();
        await page.getByRole("region", { name: "Selection" }).getByRole("button", { name: "Cancel" }).click();
        const dialog = page.getByRole("dialog", { name: /^Cancel \d+ invitations?\?$/ });
        await dialog.waitFor();
        await expectNoA11yViolations(page, "Invitations: confirm bulk cancel");
      });

      it("invitations, with the details drawer open", async () => {
        await page.goto("/invitations?view=people");
        await screen(page, "Invitations");
        await page.getByRole("table").last().locator("tbody tr").first().getByRole("button", { name: /@/ }).click();
        const drawer = page.getByRole("dialog", { name: "Invitation details" });
        await drawer.getByRole("heading", { name: "History" }).waitFor();
        await expectNoA11yViolations(page, "Invitations: details drawer");
      });

      it("mailbox, with an email's preview open", async () => {
        await page.goto("/schools");
        await nav("Mailbox");
        await screen(page, "Mailbox");
        await expectNoA11yViolations(page, "Mailbox");
        await page.getByRole("table").last().locator("tbody tr").first().locator("td").nth(1).getByRole("button").click();
        const preview = page.getByTitle("Email preview");
        await preview.waitFor();
        await expect.poll(async () => (await preview.contentFrame().locator("body").innerText()).length).toBeGreaterThan(20);
        await expectNoA11yViolations(page, "Mailbox: email preview");
        await page.getByRole("tab", { name: "Plain text" }).click();
        await page.getByRole("tabpanel").locator("pre").waitFor();
        await expectNoA11yViolations(page, "Mailbox: email preview, plain text");
      });

      it("reports", async () => {
        // From a fresh screen: the mailbox check before leaves its preview drawer open.
        await page.goto("/schools");
        await nav("Reports");
        await screen(page, "Reports");
        await expectNoA11yViolations(page, "Reports");
      });

      it("import, an import's problems, its preview and the reject confirmation", async () => {
        await page.goto("/schools");
        await nav("Import");
        await screen(page, "Import");
        await expectNoA11yViolations(page, "Import");

        await chooseFile(page, "Upload a file", { name: "a11y-problems.csv", buffer: hopelessCsv() });
        await page.getByRole("heading", { level: 2, name: /problems? to fix$/ }).waitFor();
        await page.getByRole("table", { name: /Problems in/ }).locator("tbody tr").first().waitFor();
        await expectNoA11yViolations(page, "Import: the problems in a file");

        // A clean file, for this admin's own school when they have one; rejected at the end, so nobody is emailed.
        const { viewer } = await graphqlIn<{ viewer: { school: { id: string } | null } }>(page, "{ viewer { school { id } } }");
        const target = await findImportCase(page, viewer.school?.id);
        const csv = invitationsCsv([
          {
            email: `a11y.import.${Date.now()}@example.org`,
            first_name: "Ada",
            last_name: "Check",
            school_urn: target.schoolUrn,
            product_code: target.productCode,
            role_code: target.roleCode,
          },
          // A row the preview lists as skipped: for a school admin the newcomer above (not on the
          // roster, no MIS id); for a trust admin someone who already has the access.
          ...(viewer.school ? [] : [await findHeldAccess(page)]),
        ]);
        await chooseFile(page, "Upload the fixed file", { name: "a11y-clean.csv", buffer: csv });
        await page.getByRole("heading", { level: 2, name: "Ready to approve" }).waitFor();
        await page.getByRole("table", { name: /Rows skipped in/ }).locator("tbody tr").first().waitFor();
        await expectNoA11yViolations(page, "Import: preview, with its skipped rows");
        await page.getByRole("button", { name: "Reject" }).click();
        await page.getByRole("dialog", { name: "Reject this import?" }).waitFor();
        await expectNoA11yViolations(page, "Import: reject confirmation");
        await page.getByRole("dialog").getByRole("button", { name: "Reject import" }).click();
        await page.getByRole("heading", { level: 2, name: "Import rejected" }).waitFor();
        await expectNoA11yViolations(page, "Import: rejected");
      });

      it("not found", async () => {
        await page.goto("/no-such-screen");
        await screen(page, "Page not found");
        await expectNoA11yViolations(page, "Not found");
      });
    });
  }

  describe("the public pages", () => {
    let admin: Page;
    const stamp = Date.now();

    beforeAll(async () => {
      admin = await harness.newPage();
      await signInAsAdmin(admin);
    });

    it("sign in, and sign in with an error shown", async () => {
      const page = await harness.newPage();
      await page.goto("/sign-in");
      await screen(page, "Sign in");
      await expectNoA11yViolations(page, "Sign in");

      await page.getByLabel("Email").fill("not-an-admin@example.org");
      await page.getByLabel("Password").fill("wrong password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("alert").waitFor();
      await expectNoA11yViolations(page, "Sign in: wrong password");

      await page.getByLabel("Email").fill("not an address");
      await page.getByLabel("Password").fill("");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByText("Enter your password").waitFor();
      await expectNoA11yViolations(page, "Sign in: field errors");
    });

    const email = `a11y.${stamp}@example.org`;
    let used = "";

    it("accept: the register form, its errors, and after accepting", async () => {
      const { url } = await invite(admin, email);
      used = url;
      const page = await harness.newPage();
      await page.goto(url);
      await screen(page, /invited/i);
      await expectNoA11yViolations(page, "Accept: register form");

      await page.getByLabel(/^Password/).fill("short");
      await page.getByLabel("Confirm password").fill("different");
      await page.getByRole("button", { name: "Accept and create account" }).click();
      await page.getByText("Use at least 12 characters").first().waitFor();
      await expectNoA11yViolations(page, "Accept: register form with errors");

      await page.getByLabel("First name").fill("Alex");
      await page.getByLabel("Last name").fill("Checker");
      await page.getByLabel(/^Password/).fill("Blue-kettle-orchard-42");
      await page.getByLabel("Confirm password").fill("Blue-kettle-orchard-42");
      await page.getByRole("button", { name: "Accept and create account" }).click();
      await screen(page, "You're all set, Alex");
      await expectNoA11yViolations(page, "Accept: accepted");
    });

    it("accept: the sign-in form for someone who already has an account", async () => {
      // Accepted above, so now an existing user: invited to a product that asks even them to accept, they sign in to.
      const { url } = await invite(admin, email, { requireAcceptance: true });
      const page = await harness.newPage();
      await page.goto(url);
      await screen(page, /invited/i);
      await page.getByRole("button", { name: /sign in/i }).first().waitFor();
      await expectNoA11yViolations(page, "Accept: existing user's sign-in form");
    });

    it("decline: the confirmation", async () => {
      const { url } = await invite(admin, `a11y.decline.${stamp}@example.org`);
      const page = await harness.newPage();
      await page.goto(url);
      await screen(page, /invited/i);
      await page.getByRole("button", { name: "Decline invitation" }).click();
      await page.getByRole("dialog", { name: "Decline this invitation?" }).waitFor();
      await expectNoA11yViolations(page, "Decline: confirm dialog");
      await page.getByRole("dialog").getByRole("button", { name: "Decline", exact: true }).click();
      await screen(page, "You declined the invitation");
      await expectNoA11yViolations(page, "Decline: declined");
    });

    it("a cancelled link", async () => {
      const { url, id } = await invite(admin, `a11y.cancelled.${stamp}@example.org`);
      await graphqlIn(admin, `mutation ($ids: [ID!]) { cancelInvitations(selection: { ids: $ids }) { __typename } }`, { ids: [id] });
      const page = await harness.newPage();
      await page.goto(url);
      await screen(page, "This invitation was cancelled");
      await expectNoA11yViolations(page, "A cancelled link");
    });

    it("an expired, a used and an unknown link", async () => {
      const { url } = await invite(admin, `a11y.expired.${stamp}@example.org`, { expiresAt: new Date(Date.now() + 1500).toISOString() });
      const page = await harness.newPage();
      await page.goto(used);
      await screen(page, "This invitation has already been used");
      await expectNoA11yViolations(page, "A used link");

      await page.goto("/accept/this-is-not-a-real-token");
      await screen(page, "This link doesn't work");
      await expectNoA11yViolations(page, "An unknown link");

      await expect
        .poll(async () => {
          await page.goto(url);
          await page.getByRole("heading", { level: 1 }).waitFor();
          return page.getByRole("heading", { name: "This invitation has expired" }).isVisible();
        })
        .toBe(true);
      await expectNoA11yViolations(page, "An expired link");
    });
  });
});
