// The reports through HTTP: exact counts, the caller's scope (rule 1) and neutralised cells.
import { AdminRole, InvitationState } from "@lanyard/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../modules/auth/actor.js";
import { Invitation } from "../modules/invitation/invitation.entity.js";
import { Product } from "../modules/product/product.entity.js";
import { REPORT_NAMES, REPORTS, reportLines } from "../modules/report/reports.js";
import { School } from "../modules/school/school.entity.js";
import { apiGet, csvRows } from "../test/api-get.js";
import { buildTrust, type TrustFixture } from "../test/fixtures.js";
import { invite } from "../test/invitations.js";
import { startTestServer, type Caller, type TestServer } from "../test/server.js";

const DAY = 24 * 60 * 60 * 1000;
let server: TestServer;
let t: TrustFixture;
let other: TrustFixture;
let trustAdmin: Caller;
let schoolAdmin: Caller;
let A: string;
let B: string;

const report = async (name: string, caller: Caller) => {
  const res = await apiGet(server, `/api/reports/${name}.csv`, caller);
  expect(res.status, res.text).toBe(200);
  expect(res.contentType).toBe("text/csv; charset=utf-8");
  expect(res.disposition).toBe(`attachment; filename="lanyard-${name}.csv"`);
  const [header, ...rows] = csvRows(res.text);
  return { header, rows: rows.sort((a, b) => a.join().localeCompare(b.join())), text: res.text };
};

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "reports", { staffPerSchool: 6 });
  other = await buildTrust(server.db, "reports-other");
  A = t.schools[0]!.id;
  B = t.schools[1]!.id;
  trustAdmin = { cookie: await server.signIn(t.trustAdmin.email, t.trustAdmin.password) };
  schoolAdmin = { cookie: await server.signIn(t.schoolAdmin.email, t.schoolAdmin.password) };
  const db = server.db.dataSource;
  // Cells a spreadsheet would run as formulas.
  await db.getRepository(School).update(B, { name: "+Brook Lane Academy" });
  await db.getRepository(Product).update(t.hr.id, { name: "@HR and Payroll" });

  const at = (schoolId: string, i: number) => t.staff.filter((s) => s.schoolId === schoolId)[i]!.id;
  const one = async (staffId: string, productId: string, roleCode: string, schoolIds: string[] | undefined, state: InvitationState, expiresInDays: number) => {
    const result = await invite(server, trustAdmin, { staffIds: [staffId], items: [{ productId, schoolIds }], roleCode });
    expect(result.skipped).toEqual([]);
    const id = result.invitations[0]!.id;
    await db.getRepository(Invitation).update(id, { state, expiresAt: new Date(Date.now() + expiresInDays * DAY) });
    return id;
  };
  await one(at(A, 1), t.mis.id, "teacher", [A], InvitationState.ACCEPTED, 10);
  const soonAtA = await one(at(A, 2), t.mis.id, "teacher", [A], InvitationState.PENDING, 3);
  await one(at(A, 3), t.mis.id, "teacher", [A], InvitationState.EXPIRED, -1);
  await one(at(A, 4), t.mis.id, "teacher", [A], InvitationState.PENDING, 8);
  await one(at(B, 0), t.mis.id, "admin", [B], InvitationState.PENDING, 3);
  await one(at(B, 1), t.hr.id, "viewer", undefined, InvitationState.ACCEPTED, 10);
  await db.getRepository(Invitation).update(soonAtA, { firstName: "=cmd|' /C calc'!A0" });

  // The other trust: one pending invitation at its first school, expiring soon.
  const otherAdmin = { cookie: await server.signIn(other.trustAdmin.email, other.trustAdmin.password) };
  const theirs = await invite(server, otherAdmin, { staffIds: [other.staff[1]!.id], items: [{ productId: other.mis.id, schoolIds: [other.schools[0]!.id] }], roleCode: "teacher" });
  await db.getRepository(Invitation).update(theirs.invitations[0]!.id, { expiresAt: new Date(Date.now() + 2 * DAY) });
});
afterAll(() => server?.close());

const urn = (i: number) => t.schools[i]!.urn;
const names = (i: number) => t.schools[i]!.name;

describe("GET /api/reports/school-status.csv", () => {
  it("issue 14: per school, invited, accepted, pending, expired and the acceptance rate, counted exactly", async () => {
    const { header, rows } = await report("school-status", trustAdmin);
    expect(header).toEqual(["school_urn", "school_name", "invited", "accepted", "pending", "expired", "acceptance_rate"]);
    expect(rows).toEqual(
      [
        [urn(0), names(0), "4", "1", "2", "1", "25.0"],
        [urn(1), "'+Brook Lane Academy", "2", "1", "1", "0", "50.0"],
      ].sort((a, b) => a.join().localeCompare(b.join())),
    );
  });

  it("rule 1: a school admin's report counts only the invitations their list shows", async () => {
    const { rows } = await report("school-status", schoolAdmin);
    expect(rows).toEqual([[urn(0), names(0), "4", "1", "2", "1", "25.0"]]);
  });

  it("rule 1: another trust's read-only key sees only its own trust", async () => {
    const { rows, text } = await report("school-status", { apiKey: other.readOnlyKey });
    expect(rows).toEqual([[other.schools[0]!.urn, other.schools[0]!.name, "1", "0", "1", "0", "0.0"]]);
    expect(text).not.toContain("(reports)");
  });
});

describe("GET /api/reports/product-status.csv", () => {
  it("issue 14: per product, the invitations holding it, by outcome; formula-like names neutralised (rule 12)", async () => {
    const { header, rows } = await report("product-status", { apiKey: t.readOnlyKey });
    expect(header).toEqual(["product_code", "product_name", "invited", "accepted", "pending", "expired", "acceptance_rate"]);
    expect(rows).toEqual([
      ["HR", "'@HR and Payroll", "1", "1", "0", "0", "100.0"],
      ["MIS", "Management Information System", "5", "1", "3", "1", "20.0"],
    ]);
  });

  it("rule 1: a school admin counts only the invitations holding an item at their school", async () => {
    const { rows } = await report("product-status", schoolAdmin);
    expect(rows).toEqual([["MIS", "Management Information System", "4", "1", "2", "1", "25.0"]]);
  });
});

describe("GET /api/reports/expiring.csv", () => {
  const person = (schoolIndex: number, i: number) => t.staff.filter((s) => s.schoolId === t.schools[schoolIndex]!.id)[i]!;

  it("issue 14: each pending invitation's item expiring in the next 7 days, and no other; rule 12: a formula name is neutralised", async () => {
    const { header, rows } = await report("expiring", { apiKey: t.apiKey });
    expect(header).toEqual(["email", "first_name", "last_name", "school_urn", "school_name", "product_code", "role_code", "expires_at"]);
    const a = person(0, 2);
    const b = person(1, 0);
    expect(rows.map((r) => r.slice(0, 7))).toEqual(
      [
        [a.email, "'=cmd|' /C calc'!A0", a.lastName, urn(0), names(0), "MIS", "teacher"],
        [b.email, b.firstName, b.lastName, urn(1), "'+Brook Lane Academy", "MIS", "admin"],
      ].sort((x, y) => x.join().localeCompare(y.join())),
    );
    for (const row of rows) expect(row[7]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });

  it("rule 1: a school admin sees only their school's; anonymous callers are refused with 401", async () => {
    const { rows } = await report("expiring", schoolAdmin);
    expect(rows.map((r) => r[0])).toEqual([person(0, 2).email]);
    const anonymous = await apiGet(server, "/api/reports/expiring.csv");
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.text).error).toMatch(/sign in/i);
  });
});

describe("GET /api/reports/staff-without-access.csv", () => {
  it("issue 14: every roster member lacking an access to a product their school subscribes to now", async () => {
    const { header, rows } = await report("staff-without-access", trustAdmin);
    expect(header).toEqual(["school_urn", "school_name", "mis_id", "first_name", "last_name", "email", "product_code", "product_name"]);
    // MIS at A (the member, staff 0, has it) and B; HR trust-wide, at every school; C's MIS subscription has ended.
    const expected = t.staff.flatMap((s, i) => {
      const school = t.schools.findIndex((sc) => sc.id === s.schoolId);
      const schoolName = school === 1 ? "'+Brook Lane Academy" : names(school);
      const cells = [urn(school), schoolName, s.misId, s.firstName, s.lastName, s.email];
      const lines = [[...cells, "HR", "'@HR and Payroll"]];
      if (school < 2 && i !== 0) lines.push([...cells, "MIS", "Management Information System"]);
      return lines;
    });
    expect(rows).toEqual(expected.sort((a, b) => a.join().localeCompare(b.join())));
    expect(rows).toHaveLength(29);
  });

  it("rule 1: a school admin sees their own roster and its school-level products only", async () => {
    const { rows } = await report("staff-without-access", schoolAdmin);
    expect(rows.map((r) => [r[0], r[2], r[6]])).toEqual(t.staff.filter((s) => s.schoolId === A).slice(1).map((s) => [urn(0), s.misId, "MIS"]));
  });

  it("rule 1: another trust's key sees none of this trust's staff", async () => {
    const { text } = await report("staff-without-access", { apiKey: other.apiKey });
    expect(text).not.toContain("@reports.sch.uk");
    expect(text).toContain("@reports-other.sch.uk");
  });
});

describe("GET /api/reports/NAME.csv", () => {
  it("issue 14: every report is read and written in keyset pages, the same lines in the same order whatever the page size", async () => {
    const actors: Actor[] = [
      { kind: "admin", id: "test", trustId: t.trust.id, schoolId: null, role: AdminRole.TRUST_ADMIN, canWrite: true, label: "test", sessionId: null },
      { kind: "admin", id: "test", trustId: t.trust.id, schoolId: A, role: AdminRole.SCHOOL_ADMIN, canWrite: true, label: "test", sessionId: null },
    ];
    const now = new Date();
    const collect = async (name: string, actor: Actor, pageSize: number) => {
      const chunks: string[] = [];
      for await (const chunk of reportLines(server.db.dataSource, REPORTS[name]!, actor, now, pageSize)) chunks.push(chunk);
      return chunks;
    };
    for (const name of REPORT_NAMES) {
      for (const actor of actors) {
        const whole = await collect(name, actor, 5_000);
        const lines = whole.join("").split("\r\n").length - 2;
        expect(lines, name).toBeGreaterThan(0);
        // The header, then a page per line (staff-without-access: a page per roster member, with each of their products).
        const byOne = await collect(name, actor, 1);
        if (name === "staff-without-access") expect(byOne.length, name).toBeGreaterThan(Math.min(lines, 3));
        else expect(byOne, name).toHaveLength(lines + 1);
        expect(byOne.join(""), name).toBe(whole.join(""));
        expect((await collect(name, actor, 2)).join(""), name).toBe(whole.join(""));
      }
    }
    // In the report's order: the soonest expiry first.
    const expiring = csvRows((await collect("expiring", actors[0]!, 1)).join("")).slice(1);
    expect(expiring.map((r) => r[7])).toEqual(expiring.map((r) => r[7]).sort());
  });

  it("an unknown report is a 404 listing the reports there are", async () => {
    const res = await apiGet(server, "/api/reports/everything.csv", trustAdmin);
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text)).toEqual({
      error: "There is no report everything.csv: ask for one of school-status.csv, product-status.csv, expiring.csv, staff-without-access.csv.",
    });
  });
});
