import { existsSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphqlIn, signInAsAdmin } from "./graphql";
import { serverMain, startHarness, type Harness } from "./harness";

interface Product {
  id: string;
  name: string;
  level: string;
  roles: { code: string; name: string }[];
}

/** As the admin: invites `email` to a trust-level product and returns the accept link (returnLinks). */
async function inviteByEmail(admin: Page, email: string): Promise<{ url: string; product: Product }> {
  const { products } = await graphqlIn<{ products: Product[] }>(admin, "{ products { id name level roles { code name } } }");
  const product = products.find((p) => p.level === "TRUST" && p.roles.length > 0);
  if (!product) throw new Error("The demo seed has no trust-level product with a role");
  const { inviteStaff } = await graphqlIn<{
    inviteStaff: { links: { email: string; url: string }[]; errors: { message: string }[]; skipped: { reason: string }[] };
  }>(
    admin,
    `mutation Invite($input: InviteStaffInput!) {
      inviteStaff(input: $input) { links { email url } errors { message } skipped { reason } }
    }`,
    { input: { emails: [email], items: [{ productId: product.id }], roleCode: product.roles[0]!.code, returnLinks: true } },
  );
  expect(inviteStaff.errors).toEqual([]);
  const link = inviteStaff.links.find((l) => l.email === email);
  if (!link) throw new Error(`No link came back for ${email}: ${JSON.stringify(inviteStaff)}`);
  return { url: link.url, product };
}

describe.skipIf(!existsSync(serverMain))("an invitee accepts their invitation", () => {
  let harness: Harness;
  let admin: Page;
  const email = `new.starter.${Date.now()}@example.org`;
  let link = "";
  let product: Product;

  beforeAll(async () => {
    harness = await startHarness();
    admin = await harness.newPage();
    await signInAsAdmin(admin);
    ({ url: link, product } = await inviteByEmail(admin, email));
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it("opens the link as a new person, registers and sees the access they now have", async () => {
    // A new browser: no admin session, nothing but the link.
    const invitee = await harness.newPage();
    await invitee.goto(link);
    await invitee.getByRole("heading", { name: /you're invited/i }).waitFor();
    await invitee.getByText(product.name, { exact: true }).waitFor();
    await invitee.getByText(/^Invited by /).waitFor();
    await invitee.getByText(`For ${email}`).waitFor();
    await harness.screenshot(invitee, "30-accept-invitation");

    await invitee.getByLabel("First name").fill("Robin");
    await invitee.getByLabel("Last name").fill("Ashworth");
    await invitee.getByLabel(/^Password/).fill("short");
    await invitee.getByLabel("Confirm password").click();
    // Checked as they type, with the server's own rule.
    await invitee.getByText("Use at least 12 characters").waitFor();
    await invitee.getByLabel(/^Password/).fill("Blue-kettle-orchard-42");
    await invitee.getByText("Strength: Strong").waitFor();
    await invitee.getByLabel("Confirm password").fill("Blue-kettle-orchard-42");
    await harness.screenshot(invitee, "31-accept-register-filled");
    await invitee.getByRole("button", { name: "Accept and create account" }).click();

    await invitee.getByRole("heading", { name: "You're all set, Robin" }).waitFor();
    await invitee.getByRole("list", { name: "Your new access" }).getByText(product.name).waitFor();
    await invitee.getByText(`Signed in as ${email}`).waitFor();
    await harness.screenshot(invitee, "32-accept-done");

    // The link is single use: opening it again says so.
    await invitee.goto(link);
    await invitee.getByRole("heading", { name: "This invitation has already been used" }).waitFor();
    expect(harness.pageErrors).toEqual([]);
  });

  it("lets a person decline, after confirming", async () => {
    const other = `not.for.me.${Date.now()}@example.org`;
    const { url } = await inviteByEmail(admin, other);
    const invitee = await harness.newPage();
    await invitee.goto(url);
    await invitee.getByRole("heading", { name: /you're invited/i }).waitFor();
    await invitee.getByRole("button", { name: "Decline invitation" }).click();
    const dialog = invitee.getByRole("dialog", { name: "Decline this invitation?" });
    await dialog.waitFor();
    await harness.screenshot(invitee, "33-accept-decline-confirm");
    await dialog.getByRole("button", { name: "Decline", exact: true }).click();
    await invitee.getByRole("heading", { name: "You declined the invitation" }).waitFor();

    // Opened again, the link says it was declined (in the server's words) and offers nothing to press.
    await invitee.goto(url);
    await invitee.getByText(/You declined this invitation/).waitFor();
    expect(await invitee.getByRole("button", { name: /Accept|Decline/ }).count()).toBe(0);
  });

  it("says plainly that an unknown link doesn't work, and changes nothing", async () => {
    const stranger = await harness.newPage();
    await stranger.goto("/accept/this-is-not-a-real-token");
    await stranger.getByRole("heading", { name: "This link doesn't work" }).waitFor();
    expect(await stranger.getByRole("button", { name: /Accept/ }).count()).toBe(0);
    await harness.screenshot(stranger, "34-accept-invalid-link");
    expect(harness.pageErrors).toEqual([]);
  });
});
