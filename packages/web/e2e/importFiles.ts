// CSV files for the import journeys, in the contract's invitations format, made from the demo seed.
import { INVITATION_CSV_COLUMNS } from "@lanyard/shared";
import type { Page } from "playwright-core";
import { graphqlIn } from "./graphql";

type Column = (typeof INVITATION_CSV_COLUMNS)[number];
export type InvitationRow = Partial<Record<Column, string>>;

/** A CSV file as a spreadsheet saves it: the template's header, CRLF line ends, quotes where a cell needs them. */
export function invitationsCsv(rows: InvitationRow[]): Buffer {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [INVITATION_CSV_COLUMNS.join(","), ...rows.map((row) => INVITATION_CSV_COLUMNS.map((c) => cell(row[c] ?? "")).join(","))];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8");
}

export interface ImportCase {
  /** A school-level product with a role, and a school with an active subscription to it (rule 2). */
  productCode: string;
  roleCode: string;
  schoolUrn: string;
  schoolName: string;
}

/** From the demo seed: a product and a school where new people can be invited from a file. */
export async function findImportCase(page: Page, schoolId?: string): Promise<ImportCase> {
  const data = await graphqlIn<{
    products: { id: string; code: string; level: string; roles: { code: string }[] }[];
    schools: { edges: { node: { id: string; urn: string; name: string; subscriptions: { active: boolean; product: { id: string } }[] } }[] };
  }>(page, "{ products { id code level roles { code } } schools(first: 100) { edges { node { id urn name subscriptions { active product { id } } } } } }");
  const schools = data.schools.edges.map((e) => e.node).filter((s) => !schoolId || s.id === schoolId);
  for (const product of data.products.filter((p) => p.level === "SCHOOL" && p.roles.length > 0)) {
    const school = schools.find((s) => s.subscriptions.some((x) => x.active && x.product.id === product.id));
    if (school) return { productCode: product.code, roleCode: product.roles[0]!.code, schoolUrn: school.urn, schoolName: school.name };
  }
  throw new Error("The demo seed has no school-level product with a role that a school subscribes to");
}

/** A file that can't be imported whoever uploads it: its one row has a malformed email and codes that don't exist. */
export function hopelessCsv(): Buffer {
  return invitationsCsv([{ email: "not an email", first_name: "Nobody", last_name: "Atall", product_code: "NO-SUCH-PRODUCT", role_code: "NO-SUCH-ROLE" }]);
}

/** Chooses `file` through the "Choose file" button of the upload section headed `section`, from the keyboard. */
export async function chooseFile(page: Page, section: string, file: { name: string; buffer: Buffer }) {
  const button = page.getByRole("region", { name: section }).getByRole("button", { name: "Choose file" });
  // Listening first switches on the browser's file chooser interception; the focus round trip makes sure it is
  // on before Enter (a key press, unlike a click, goes at once, and a chooser opened before then is missed).
  const chooser = page.waitForEvent("filechooser");
  await button.focus();
  await page.keyboard.press("Enter");
  await (await chooser).setFiles({ name: file.name, mimeType: "text/csv", buffer: file.buffer });
}

/** From the demo seed: someone who holds an access at a school that still subscribes to its product, so a file inviting them to it skips that row (ALREADY_HAS_ACCESS). */
export async function findHeldAccess(page: Page): Promise<InvitationRow> {
  const data = await graphqlIn<{
    users: { edges: { node: { email: string; accesses: { revokedAt: string | null; product: { id: string; code: string; level: string }; role: { code: string }; school: { id: string; urn: string } | null }[] } }[] };
    schools: { edges: { node: { id: string; subscriptions: { active: boolean; product: { id: string } }[] } }[] };
  }>(
    page,
    "{ users(first: 50) { edges { node { email accesses { revokedAt product { id code level } role { code } school { id urn } } } } } schools(first: 100) { edges { node { id subscriptions { active product { id } } } } } }",
  );
  const subscribed = new Set(data.schools.edges.flatMap((e) => e.node.subscriptions.filter((s) => s.active).map((s) => `${e.node.id}|${s.product.id}`)));
  for (const { node } of data.users.edges) {
    const held = node.accesses.find((a) => !a.revokedAt && a.product.level === "SCHOOL" && a.school && subscribed.has(`${a.school.id}|${a.product.id}`));
    if (held) return { email: node.email, school_urn: held.school!.urn, product_code: held.product.code, role_code: held.role.code };
  }
  throw new Error("The demo seed's first 50 users hold no access at a school that still subscribes to its product");
}
