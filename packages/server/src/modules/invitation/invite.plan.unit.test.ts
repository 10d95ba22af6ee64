import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor.js";
import { invitationPolicy } from "./invitation.policy.js";
import { planInvitations, type PlanFacts, type PlanPerson, type PlanProduct } from "./invite.plan.js";

const person = (email: string, extra: Partial<PlanPerson> = {}): PlanPerson => ({
  email, firstName: null, lastName: null, staffId: null, rosterSchoolId: null, userId: null, member: false, ...extra,
});
const mis: PlanProduct = { productId: "mis", level: "SCHOOL", acceptance: "GRANT_EXISTING_USERS", roleId: "mis-teacher", schoolIds: ["a", "b", "c"], cohortId: null };
const hr: PlanProduct = { productId: "hr", level: "TRUST", acceptance: "REQUIRE_ACCEPTANCE", roleId: "hr-viewer", schoolIds: [], cohortId: null };
const facts = (extra: Partial<PlanFacts> = {}): PlanFacts => ({
  mayInvite: () => true,
  schoolInTrust: (id) => ["a", "b", "c"].includes(id),
  subscribed: (product, school) => product === "hr" || school !== "c",
  hasAccess: () => false,
  isInvited: () => false,
  ...extra,
});

const schoolAdminOfA: Actor = { kind: "admin", id: "admin", trustId: "t", schoolId: "a", role: "SCHOOL_ADMIN", canWrite: true, label: "head@a", sessionId: null };

describe("planning an invite", () => {
  it("gives each person one invitation carrying all their items, and skips each refused item with its reason", () => {
    const plan = planInvitations([person("x@s.uk", { rosterSchoolId: "b" })], [mis, hr], facts());
    expect(plan.invitations).toHaveLength(1);
    expect(plan.invitations[0]!.items.map((i) => `${i.productId}@${i.schoolId}`)).toEqual(["mis@a", "mis@b", "hr@null"]);
    expect(plan.skipped).toEqual([{ email: "x@s.uk", productId: "mis", schoolId: "c", reason: "NO_SUBSCRIPTION" }]);
    // Items at several schools: listed under the person's own school.
    expect(plan.invitations[0]!.schoolId).toBe("b");
  });

  it("lists an invitation under its one school, or the first when the person's own isn't among them", () => {
    expect(planInvitations([person("x@s.uk", { rosterSchoolId: "c" })], [{ ...mis, schoolIds: ["b"] }], facts()).invitations[0]!.schoolId).toBe("b");
    expect(planInvitations([person("x@s.uk")], [mis], facts()).invitations[0]!.schoolId).toBe("a");
    expect(planInvitations([person("x@s.uk")], [hr], facts()).invitations[0]!.schoolId).toBeNull();
  });

  it("grants at once only an existing user of the trust, and only for a product that grants existing users", () => {
    const member = person("m@s.uk", { userId: "u1", member: true });
    const stranger = person("s@s.uk", { userId: "u2", member: false });
    const plan = planInvitations([member, stranger], [{ ...mis, schoolIds: ["a"] }, hr], facts());
    expect(plan.invitations[0]!.items.map((i) => i.grantNow)).toEqual([true, false]);
    expect(plan.invitations[1]!.items.map((i) => i.grantNow)).toEqual([false, false]);
  });

  it("puts a school admin's items elsewhere, or for staff of other schools, in skipped as NOT_ALLOWED", () => {
    const plan = planInvitations([person("own@s.uk", { rosterSchoolId: "a" }), person("far@s.uk", { rosterSchoolId: "b" })], [mis, hr], facts({ mayInvite: (p, school) => invitationPolicy.invite(schoolAdminOfA, p, school) }));
    expect(plan.invitations.map((i) => [i.person.email, i.items.map((x) => x.schoolId)])).toEqual([["own@s.uk", ["a"]]]);
    expect(plan.skipped.filter((s) => s.reason === "NOT_ALLOWED")).toHaveLength(7);
  });

  it("prefers ALREADY_HAS_ACCESS over ALREADY_INVITED, and UNKNOWN_ROLE over both", () => {
    const everything = facts({ hasAccess: () => true, isInvited: () => true });
    const p = person("x@s.uk", { userId: "u" });
    expect(planInvitations([p], [{ ...mis, schoolIds: ["a"] }], everything).skipped[0]!.reason).toBe("ALREADY_HAS_ACCESS");
    expect(planInvitations([person("y@s.uk")], [{ ...mis, schoolIds: ["a"] }], everything).skipped[0]!.reason).toBe("ALREADY_INVITED");
    expect(planInvitations([p], [{ ...mis, roleId: null, schoolIds: ["a"] }], everything).skipped[0]!.reason).toBe("UNKNOWN_ROLE");
  });
});
