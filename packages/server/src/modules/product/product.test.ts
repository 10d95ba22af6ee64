import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Acceptance, ProductLevel } from "@lanyard/shared";
import { newId } from "../../db/id.js";
import { buildTrust, PASSWORD, type TrustFixture } from "../../test/fixtures.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { Cohort } from "./cohort.entity.js";
import { ProductRole } from "./product-role.entity.js";
import { Product } from "./product.entity.js";

const PRODUCTS = `{ products {
  id code name level acceptance
  roles { id code name description accessSettings }
  cohorts { id code name startsAt endsAt }
} }`;

let server: TestServer;
let t: TrustFixture;

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "products");
  await buildTrust(server.db, "products-other");
  // A second school-level product whose name sorts before HR's, and a second trust-level one
  // after it: the catalogue is grouped by level first, whatever the names.
  const now = new Date();
  const product = (code: string, name: string, level: ProductLevel, acceptance: Acceptance): Product => ({
    id: newId(), trustId: t.trust.id, code, name, description: null, level, acceptance, createdAt: now,
  });
  const attendance = product("ATT", "Attendance Tracker", ProductLevel.SCHOOL, Acceptance.REQUIRE_ACCEPTANCE);
  const wellbeing = product("WB", "Wellbeing Hub", ProductLevel.TRUST, Acceptance.GRANT_EXISTING_USERS);
  await server.db.dataSource.getRepository(Product).insert([attendance, wellbeing]);
  await server.db.dataSource.getRepository(ProductRole).insert([
    { id: newId(), productId: attendance.id, code: "viewer", name: "Viewer", description: null, accessSettings: [], position: 2 },
    { id: newId(), productId: attendance.id, code: "lead", name: "Attendance lead", description: "Runs attendance", accessSettings: ["Edit marks"], position: 1 },
    // Same position: the name decides.
    { id: newId(), productId: attendance.id, code: "clerk", name: "Clerk", description: null, accessSettings: [], position: 2 },
  ]);
  const DAY = 24 * 60 * 60 * 1000;
  await server.db.dataSource.getRepository(Cohort).insert([
    { id: newId(), productId: t.mis.id, code: "2027", name: "2027 rollout", startsAt: new Date(now.getTime() + 300 * DAY), endsAt: null },
    { id: newId(), productId: t.mis.id, code: "2025", name: "2025 pilot", startsAt: new Date(now.getTime() - 400 * DAY), endsAt: new Date(now.getTime() - 35 * DAY) },
  ]);
});
afterAll(() => server?.close());

describe("products", () => {
  it("lists the trust's catalogue, trust-level products first, then by name", async () => {
    const res = await server.gql(`{ products { code level } }`, {}, { apiKey: t.apiKey });
    expect(res.errors).toBeUndefined();
    expect(res.data?.products).toEqual([
      { code: "HR", level: "TRUST" },
      { code: "WB", level: "TRUST" },
      { code: "ATT", level: "SCHOOL" },
      { code: "MIS", level: "SCHOOL" },
    ]);
  });

  it("shows each product's level and acceptance", async () => {
    const res = await server.gql(PRODUCTS, {}, { apiKey: t.apiKey });
    const byCode = Object.fromEntries(res.data!.products.map((p: { code: string }) => [p.code, p]));
    expect(byCode.MIS).toMatchObject({ id: t.mis.id, name: "Management Information System", level: "SCHOOL", acceptance: "GRANT_EXISTING_USERS" });
    expect(byCode.HR).toMatchObject({ id: t.hr.id, name: "HR and Payroll", level: "TRUST", acceptance: "REQUIRE_ACCEPTANCE" });
    expect(byCode.ATT).toMatchObject({ level: "SCHOOL", acceptance: "REQUIRE_ACCEPTANCE" });
  });

  it("lists each product's roles in their set order, then by name, with what they may do", async () => {
    const res = await server.gql(PRODUCTS, {}, { apiKey: t.apiKey });
    const byCode = Object.fromEntries(res.data!.products.map((p: { code: string }) => [p.code, p]));
    expect(byCode.MIS.roles).toEqual([
      { id: t.roles.misAdmin.id, code: "admin", name: "Administrator", description: "Administrator in Management Information System", accessSettings: ["Administrator tasks"] },
      { id: t.roles.misTeacher.id, code: "teacher", name: "Teacher", description: "Teacher in Management Information System", accessSettings: ["Teacher tasks"] },
    ]);
    expect(byCode.ATT.roles.map((r: { code: string }) => r.code)).toEqual(["lead", "clerk", "viewer"]);
    expect(byCode.HR.roles.map((r: { code: string }) => r.code)).toEqual(["viewer"]);
    expect(byCode.WB.roles).toEqual([]);
  });

  it("lists each product's cohorts by start", async () => {
    const res = await server.gql(PRODUCTS, {}, { apiKey: t.apiKey });
    const byCode = Object.fromEntries(res.data!.products.map((p: { code: string }) => [p.code, p]));
    expect(byCode.MIS.cohorts.map((c: { code: string }) => c.code)).toEqual(["2025", "2026", "2027"]);
    expect(byCode.MIS.cohorts[1]).toEqual({ id: t.cohort.id, code: "2026", name: "2026 rollout", startsAt: t.cohort.startsAt!.toISOString(), endsAt: null });
    expect(byCode.HR.cohorts).toEqual([]);
  });

  it("never shows another trust's products", async () => {
    const res = await server.gql(`{ products { code roles { id } cohorts { id } } }`, {}, { apiKey: t.apiKey });
    expect(res.data?.products).toHaveLength(4);
    const other = await server.gql(`{ products { code } }`, {}, { apiKey: (await buildTrust(server.db, "products-third")).apiKey });
    expect(other.data?.products.map((p: { code: string }) => p.code)).toEqual(["HR", "MIS"]);
  });

  it("shows a school admin only the school-level products", async () => {
    const cookie = await server.signIn(t.schoolAdmin.email, PASSWORD);
    const res = await server.gql(`{ products { code level } }`, {}, { cookie });
    expect(res.data?.products).toEqual([
      { code: "ATT", level: "SCHOOL" },
      { code: "MIS", level: "SCHOOL" },
    ]);
  });

  it("loads roles and cohorts of every product in a fixed number of statements", async () => {
    await server.gql(`{ products { code } }`, {}, { apiKey: t.apiKey }); // the key's first use records lastUsedAt
    const before = server.db.queries.statements;
    const res = await server.gql(PRODUCTS, {}, { apiKey: t.apiKey });
    expect(res.data?.products).toHaveLength(4);
    // key, products, roles, cohorts
    expect(server.db.queries.statements - before).toBe(4);
  });
});
