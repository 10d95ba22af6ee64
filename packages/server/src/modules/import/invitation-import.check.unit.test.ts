// Checking and planning an invitations file from facts in memory (rules 11 and 12).
import { Acceptance, InvitationState, ProductLevel } from "@lanyard/shared";
import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor.js";
import { RequestKeys } from "../invitation/keys.js";
import type { Product } from "../product/product.entity.js";
import type { School } from "../school/school.entity.js";
import { matchHeader } from "./import-columns.js";
import { Sheet } from "./import-sheet.js";
import { checkInvitationRows, planInvitationRows, planPeople } from "./invitation-import.check.js";
import { placeKey, type ExistingItem, type InvitationFacts } from "./invitation-import.facts.js";

const now = new Date("2026-12-01T12:00:00Z");
const trustAdmin: Actor = { kind: "admin", id: "a1", trustId: "t1", schoolId: null, role: "TRUST_ADMIN", canWrite: true, label: "admin@t.test", sessionId: null };
const school = (id: string, urn: string): School => ({ id, trustId: "t1", urn, name: `School ${urn}`, postcode: null, localAuthority: null, phase: null, createdAt: now });
const product = (id: string, code: string, level: ProductLevel): Product => ({ id, trustId: "t1", code, name: code, description: null, level, acceptance: Acceptance.REQUIRE_ACCEPTANCE, createdAt: now });
const mis = product("p-mis", "MIS", ProductLevel.SCHOOL);
const hr = product("p-hr", "HR", ProductLevel.TRUST);
const keys = new RequestKeys("t1");
const open: ExistingItem = {
  itemId: "it-1", invitationId: "inv-1", email: "open@x.org", state: InvitationState.PENDING, productId: "p-hr", schoolId: null, roleId: "r-viewer", cohortId: null,
  firstName: "Olga", lastName: "Open", expiresAt: new Date("2027-01-01T00:00:00Z"),
};

function facts(): InvitationFacts {
  return {
    trust: { id: "t1", slug: "t", name: "T", defaultInviteExpiryDays: 14, requiresSchoolApproval: false, reminderDays: [], createdAt: now },
    schoolsByUrn: new Map([["100001", school("s1", "100001")], ["100002", school("s2", "100002")]]),
    productsByCode: new Map([["mis", mis], ["hr", hr]]),
    rolesByProduct: new Map([
      ["p-mis", [{ id: "r-teacher", productId: "p-mis", code: "teacher", name: "Teacher", description: null, accessSettings: [], position: 0 }]],
      ["p-hr", [{ id: "r-viewer", productId: "p-hr", code: "viewer", name: "Viewer", description: null, accessSettings: [], position: 0 }, { id: "r-editor", productId: "p-hr", code: "editor", name: "Editor", description: null, accessSettings: [], position: 1 }]],
    ]),
    cohortsByProduct: new Map(),
    subscribed: new Set(["p-mis|s1", "p-hr|"]),
    itemsByInvitation: new Map([["inv-1", [open]]]),
    openItems: new Map([[placeKey("open@x.org", "p-hr", null), open]]),
    rosterByEmail: new Map(),
    rosterByMisId: new Map(),
    keys,
  };
}

const sheetOf = (csv: string[][]) => {
  const match = matchHeader("INVITATIONS", csv[0]!);
  if (!match.ok) throw new Error(match.error);
  return new Sheet(csv[0]!, csv.slice(1), match.index);
};
const HEADER = ["email", "first_name", "last_name", "school_urn", "product_code", "role_code", "invitation_id", "expires_at"];

describe("checkInvitationRows", () => {
  it("rule 11: names each row's problem with its spreadsheet row and column", () => {
    const sheet = sheetOf([HEADER, ["a@x.org", "", "", "100002", "MIS", "teacher", "", ""], ["b@x.org", "", "", "", "HR", "viewer", "nope", ""], ["c@x.org", "", "", "", "HR", "viewer", "", "2020-01-01"]]);
    const { problems, lines } = checkInvitationRows(trustAdmin, sheet, facts(), now);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[2, "school_urn"], [3, "invitation_id"], [4, "expires_at"]]);
    expect(lines).toEqual([]);
  });

  it("rule 12: an exported row keeps a passed expiry without an error, and is unchanged", () => {
    const expired = { ...open, state: InvitationState.EXPIRED, expiresAt: new Date("2026-01-01T00:00:00Z") };
    const f = { ...facts(), itemsByInvitation: new Map([["inv-1", [expired]]]) };
    const sheet = sheetOf([HEADER, ["open@x.org", "Olga", "Open", "", "HR", "viewer", "inv-1", "2026-01-01 00:00:00"]]);
    const { problems, lines } = checkInvitationRows(trustAdmin, sheet, f, now);
    expect(problems).toEqual([]);
    const plan = planInvitationRows(trustAdmin, 1, lines, f, { people: planPeople(lines), hasAccess: () => false });
    expect(plan.actions).toEqual([{ action: "UNCHANGED", reason: null }]);
  });
});

describe("planInvitationRows", () => {
  it("rule 12: an open item is updated when its role or names change, never invited twice; new rows are created", () => {
    const sheet = sheetOf([HEADER, ["open@x.org", "Olga", "Open", "", "HR", "editor", "", ""], ["new@x.org", "N", "P", "100001", "MIS", "teacher", "", ""], ["new@x.org", "N", "P", "", "HR", "viewer", "", ""]]);
    const f = facts();
    const { problems, lines } = checkInvitationRows(trustAdmin, sheet, f, now);
    expect(problems).toEqual([]);
    const plan = planInvitationRows(trustAdmin, 3, lines, f, { people: planPeople(lines), hasAccess: () => false });
    expect(plan.actions).toEqual([{ action: "UPDATE", reason: "role" }, { action: "CREATE", reason: null }, { action: "CREATE", reason: null }]);
    expect(plan.updates).toMatchObject([{ roleId: "r-editor", changed: ["role"] }]);
    // One invitation for the new person, carrying both items.
    expect(plan.create).toHaveLength(1);
    expect(plan.create[0]!.items.map((i) => [i.productId, i.schoolId])).toEqual([["p-mis", "s1"], ["p-hr", null]]);
  });

  it("rule 11: a row the person already holds is skipped with a bulk invite's reason", () => {
    const sheet = sheetOf([HEADER, ["member@x.org", "", "", "", "HR", "viewer", "", ""]]);
    const f = facts();
    const { lines } = checkInvitationRows(trustAdmin, sheet, f, now);
    const people = planPeople(lines);
    people.get("member@x.org")!.userId = "u1";
    const plan = planInvitationRows(trustAdmin, 1, lines, f, { people, hasAccess: (userId, productId) => userId === "u1" && productId === "p-hr" });
    expect(plan.actions).toEqual([{ action: "SKIPPED", reason: expect.stringMatching(/^ALREADY_HAS_ACCESS/) }]);
    expect(plan.create).toEqual([]);
  });
});
