// The invitations export through HTTP (rule 12): the import format plus invitation_id and
// state, one line per item, the list's filters and scope (rule 1), neutralised cells.
import { InvitationState } from "@lanyard/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../db/id.js";
import { Invitation } from "../modules/invitation/invitation.entity.js";
import { Staff } from "../modules/staff/staff.entity.js";
import { invitationExport } from "../modules/export/invitation-export.js";
import { apiGet, csvRows } from "../test/api-get.js";
import { buildTrust, type TrustFixture } from "../test/fixtures.js";
import { invite } from "../test/invitations.js";
import { startTestServer, type Caller, type TestServer } from "../test/server.js";
import type { Actor } from "../modules/auth/actor.js";
import type { InvitationFilter } from "../modules/invitation/invitation.types.js";

const HEADER = ["email", "first_name", "last_name", "school_urn", "product_code", "role_code", "cohort_code", "expires_at", "external_id", "invitation_id", "state"];
let server: TestServer;
let t: TrustFixture;
let other: TrustFixture;
let trustAdmin: Caller;
let schoolAdmin: Caller;
const inv = {} as Record<"cohort" | "twoSchools" | "hr" | "accepted" | "theirs", string>;

const sorted = (rows: string[][]) => [...rows].sort((a, b) => a.join().localeCompare(b.join()));
const exported = async (query: string, caller: Caller) => {
  const res = await apiGet(server, `/api/exports/invitations.csv${query}`, caller);
  expect(res.status, res.text).toBe(200);
  expect(res.contentType).toBe("text/csv; charset=utf-8");
  expect(res.disposition).toBe('attachment; filename="lanyard-invitations.csv"');
  const [header, ...rows] = csvRows(res.text);
  expect(header).toEqual(HEADER);
  return sorted(rows);
};

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "exports");
  other = await buildTrust(server.db, "exports-other");
  trustAdmin = { cookie: await server.signIn(t.trustAdmin.email, t.trustAdmin.password) };
  schoolAdmin = { cookie: await server.signIn(t.schoolAdmin.email, t.schoolAdmin.password) };
  const [A, B] = [t.schools[0]!.id, t.schools[1]!.id];
  const at = (schoolId: string, i: number) => t.staff.filter((s) => s.schoolId === schoolId)[i]!.id;
  const one = async (caller: Caller, input: Parameters<typeof invite>[2], changes: Partial<Invitation>) => {
    const result = await invite(server, caller, input);
    expect(result.skipped).toEqual([]);
    const id = result.invitations[0]!.id;
    if (Object.keys(changes).length) await server.db.dataSource.getRepository(Invitation).update(id, changes);
    return id;
  };
  inv.cohort = await one(trustAdmin, { staffIds: [at(A, 1)], items: [{ productId: t.mis.id, schoolIds: [A], cohortId: t.cohort.id }], roleCode: "teacher" }, { expiresAt: new Date("2027-01-15T09:30:00Z") });
  inv.twoSchools = await one(trustAdmin, { staffIds: [at(A, 2)], items: [{ productId: t.mis.id, schoolIds: [A, B] }], roleCode: "teacher" }, { state: InvitationState.EXPIRED, expiresAt: new Date("2026-01-01T00:00:00Z") });
  inv.hr = await one(trustAdmin, { staffIds: [at(B, 0)], items: [{ productId: t.hr.id }], roleCode: "viewer" }, { firstName: "=SUM(1+1)*cmd", expiresAt: new Date("2027-02-01T12:00:00Z") });
  inv.accepted = await one(trustAdmin, { staffIds: [at(B, 1)], items: [{ productId: t.mis.id, schoolIds: [B] }], roleCode: "admin" }, { state: InvitationState.ACCEPTED, expiresAt: new Date("2027-03-01T00:00:00Z") });
  const otherAdmin = { cookie: await server.signIn(other.trustAdmin.email, other.trustAdmin.password) };
  inv.theirs = await one(otherAdmin, { staffIds: [other.staff[1]!.id], items: [{ productId: other.mis.id, schoolIds: [other.schools[0]!.id] }], roleCode: "teacher" }, {});
});
afterAll(() => server?.close());

/** A line of the export as the test expects it. */
const line = (schoolIndex: number, staffIndex: number, cells: { urn: string; product: string; role: string; cohort?: string; expires: string; id: string; state: string; firstName?: string }) => {
  const person = t.staff.filter((s) => s.schoolId === t.schools[schoolIndex]!.id)[staffIndex]!;
  return [person.email, cells.firstName ?? person.firstName, person.lastName, cells.urn, cells.product, cells.role, cells.cohort ?? "", cells.expires, person.misId, cells.id, cells.state];
};
const urn = (i: number) => t.schools[i]!.urn;

describe("GET /api/exports/invitations.csv", () => {
  it("rule 12: the complete list in the import format plus invitation_id and state, one line per item; formula cells neutralised", async () => {
    expect(await exported("", trustAdmin)).toEqual(
      sorted([
        line(0, 1, { urn: urn(0), product: "MIS", role: "teacher", cohort: "2026", expires: "2027-01-15 09:30:00", id: inv.cohort, state: "PENDING" }),
        line(0, 2, { urn: urn(0), product: "MIS", role: "teacher", expires: "2026-01-01 00:00:00", id: inv.twoSchools, state: "EXPIRED" }),
        line(0, 2, { urn: urn(1), product: "MIS", role: "teacher", expires: "2026-01-01 00:00:00", id: inv.twoSchools, state: "EXPIRED" }),
        line(1, 0, { urn: "", product: "HR", role: "viewer", expires: "2027-02-01 12:00:00", id: inv.hr, state: "PENDING", firstName: "'=SUM(1+1)*cmd" }),
        line(1, 1, { urn: urn(1), product: "MIS", role: "admin", expires: "2027-03-01 00:00:00", id: inv.accepted, state: "ACCEPTED" }),
      ]),
    );
  });

  it("rule 12: takes the Invitations screen's filters as query parameters (states, productId, unresolved, search)", async () => {
    const ids = async (query: string) => [...new Set((await exported(query, { apiKey: t.apiKey })).map((r) => r[9]))].sort();
    expect(await ids(`?states=PENDING,EXPIRED&productId=${t.mis.id}`)).toEqual([inv.cohort, inv.twoSchools].sort());
    expect(await ids("?unresolved=true")).toEqual([inv.cohort, inv.hr].sort());
    expect(await ids(`?states=accepted`)).toEqual([inv.accepted]);
    expect(await ids(`?cohortId=${t.cohort.id}&delivery=QUEUED`)).toEqual([inv.cohort]);
    const hrPerson = t.staff.filter((s) => s.schoolId === t.schools[1]!.id)[0]!;
    expect(await ids(`?search=${encodeURIComponent(hrPerson.email)}`)).toEqual([inv.hr]);
  });

  it("rule 1: a school admin's file holds the items at their school of the invitations their list shows", async () => {
    expect(await exported("", schoolAdmin)).toEqual(
      sorted([
        line(0, 1, { urn: urn(0), product: "MIS", role: "teacher", cohort: "2026", expires: "2027-01-15 09:30:00", id: inv.cohort, state: "PENDING" }),
        line(0, 2, { urn: urn(0), product: "MIS", role: "teacher", expires: "2026-01-01 00:00:00", id: inv.twoSchools, state: "EXPIRED" }),
      ]),
    );
  });

  it("rule 1: another trust's read-only key exports its own trust and nothing of this one", async () => {
    const rows = await exported("", { apiKey: other.readOnlyKey });
    expect(rows.map((r) => r[9])).toEqual([inv.theirs]);
    // A filter naming this trust's product finds nothing for them.
    expect(await exported(`?productId=${t.mis.id}`, { apiKey: other.readOnlyKey })).toEqual([]);
  });

  it("rule 1: anonymous callers are refused with 401", async () => {
    const res = await apiGet(server, "/api/exports/invitations.csv");
    expect(res.status).toBe(401);
    expect(JSON.parse(res.text).error).toMatch(/sign in/i);
  });

  it("a filter value it cannot read is a 400 saying how to write it", async () => {
    const refused = async (query: string) => {
      const res = await apiGet(server, `/api/exports/invitations.csv${query}`, trustAdmin);
      expect(res.status, query).toBe(400);
      return JSON.parse(res.text).error as string;
    };
    expect(await refused("?states=PENDING,OPEN")).toBe("states: OPEN is not a state; use a comma-separated list of SCHEDULED, PENDING, ACCEPTED, DECLINED, CANCELLED, EXPIRED.");
    expect(await refused("?schoolId=ashby")).toMatch(/^schoolId: "ashby" is not an id; copy the id from Lanyard/);
    expect(await refused("?sentFrom=yesterday")).toBe('sentFrom: "yesterday" is not a date; write it as ISO-8601, like 2026-09-01 or 2026-09-01T08:00:00Z.');
    expect(await refused("?delivery=LOST")).toBe('delivery: "LOST" is not a delivery state; use one of QUEUED, SENT, FAILED.');
    expect(await refused("?unresolved=maybe")).toBe('unresolved: write true or false, not "maybe".');
    expect(await refused("?colour=red")).toMatch(/^Unknown filter colour: use states, productId/);
  });

  it("rule 12: is read and written in keyset pages, the same lines whatever the page size", async () => {
    const actor: Actor = { kind: "admin", id: "test", trustId: t.trust.id, schoolId: null, role: null, canWrite: false, label: "test", sessionId: null };
    const collect = async (pageSize: number) => {
      const chunks: string[] = [];
      for await (const chunk of invitationExport(server.db.dataSource, actor, {}, pageSize)) chunks.push(chunk);
      return chunks;
    };
    const small = await collect(1);
    const large = await collect(5_000);
    // The header, then one chunk per invitation.
    expect(small).toHaveLength(5);
    expect(large).toHaveLength(2);
    expect(small.join("")).toBe(large.join(""));
  });

  it("rule 12: a roster member added while the export runs is written with their MIS id", async () => {
    const actor: Actor = { kind: "admin", id: "test", trustId: t.trust.id, schoolId: null, role: null, canWrite: false, label: "test", sessionId: null };
    const lines = invitationExport(server.db.dataSource, actor, {}, 1);
    const read: string[] = [(await lines.next()).value as string, (await lines.next()).value as string];
    // Someone new on the roster, invited after the export began: their invitation sorts last (ids are time-ordered).
    const now = new Date();
    const newcomer = { id: newId(), trustId: t.trust.id, schoolId: t.schools[0]!.id, misId: "MIS-NEW-1", firstName: "Nia", lastName: "Late", email: "nia.late@exports.test", jobTitle: null, createdAt: now, updatedAt: now };
    await server.db.dataSource.getRepository(Staff).insert(newcomer);
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // the export reads its codes again at most once a second
    const result = await invite(server, trustAdmin, { staffIds: [newcomer.id], items: [{ productId: t.mis.id, schoolIds: [t.schools[0]!.id] }], roleCode: "teacher" });
    expect(result.skipped).toEqual([]);
    for await (const chunk of lines) read.push(chunk);
    const last = csvRows(read.join("")).find((row) => row[0] === newcomer.email);
    expect(last?.slice(3, 6)).toEqual([t.schools[0]!.urn, "MIS", "teacher"]);
    expect(last?.[8]).toBe("MIS-NEW-1");
    await server.db.dataSource.getRepository(Invitation).delete(result.invitations[0]!.id);
  });

  it("rule 12: a narrowed export (a filter, a school admin's scope) pages the same way, reading each page's items by its ids", async () => {
    const trustWide: Actor = { kind: "admin", id: "test", trustId: t.trust.id, schoolId: null, role: null, canWrite: false, label: "test", sessionId: null };
    const school: Actor = { ...trustWide, schoolId: t.schools[0]!.id };
    const collect = async (actor: Actor, filter: InvitationFilter, pageSize: number) => {
      const chunks: string[] = [];
      for await (const chunk of invitationExport(server.db.dataSource, actor, filter, pageSize)) chunks.push(chunk);
      return chunks.join("");
    };
    const cases: [Actor, InvitationFilter, number][] = [
      [trustWide, { states: [InvitationState.PENDING, InvitationState.EXPIRED] }, 4],
      [school, {}, 2],
    ];
    for (const [actor, filter, lines] of cases) {
      const whole = await collect(actor, filter, 5_000);
      expect(whole.split("\r\n").length - 2).toBe(lines);
      expect(await collect(actor, filter, 1)).toBe(whole);
      expect(await collect(actor, filter, 2)).toBe(whole);
    }
  });
});
