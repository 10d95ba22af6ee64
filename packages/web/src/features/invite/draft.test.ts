import { describe, expect, it } from "vitest";
import { emptyDraft, toInviteInput, withProducts, withStaff, type PickedStaff } from "./draft";
import { parseEmailList } from "./emailList";
import { peopleCount, peopleStepProblem, productStepProblem, schoolStepProblem, wizardSteps } from "./steps";

const role = (code: string) => ({ code, name: code, description: null });
const mis = { id: "mis", name: "MIS", level: "SCHOOL", roles: [role("teacher"), role("admin")] };
const hr = { id: "hr", name: "HR", level: "TRUST", roles: [role("viewer"), role("admin")] };
const products = [mis, hr];
const jane: PickedStaff = { id: "s1", firstName: "Jane", lastName: "Hall", email: "jane@oak.test", school: { id: "a", name: "Oak" } };

describe("the invite draft", () => {
  it("forgets a role the chosen products no longer share, and keeps one they do", () => {
    const withRole = { ...withProducts(emptyDraft(), ["mis"], products), roleCode: "teacher" };
    expect(withProducts(withRole, ["mis", "hr"], products).roleCode).toBeNull();
    const admin = { ...withRole, roleCode: "admin" };
    expect(withProducts(admin, ["mis", "hr"], products).roleCode).toBe("admin");
  });

  it("keeps a school admin's own school fixed from the start", () => {
    expect(emptyDraft("own").schoolIds).toEqual(["own"]);
  });

  it("builds one item per product: schools only for school-level ones, cohorts where chosen", () => {
    const draft = {
      ...withStaff(emptyDraft(), [jane], true),
      productIds: ["mis", "hr"],
      roleCode: "admin",
      schoolIds: ["a", "b"],
      cohortIds: { mis: "c1" },
    };
    expect(toInviteInput(draft, products, ["x@oak.test"], { sendAt: null, expiresAt: null })).toEqual({
      roleCode: "admin",
      items: [{ productId: "mis", schoolIds: ["a", "b"], cohortId: "c1" }, { productId: "hr" }],
      staffIds: ["s1"],
      emails: ["x@oak.test"],
    });
  });

  it("adds and removes people without doubling them", () => {
    const once = withStaff(withStaff(emptyDraft(), [jane], true), [jane], true);
    expect(once.staff).toHaveLength(1);
    expect(withStaff(once, [jane], false).staff).toEqual([]);
  });

  it("has a schools step only for school-level products", () => {
    expect(wizardSteps(true)).toContain("schools");
    expect(wizardSteps(false)).not.toContain("schools");
  });

  it("says what stops each step", () => {
    const draft = emptyDraft();
    expect(productStepProblem(draft, [])).toMatch(/at least one product/);
    expect(productStepProblem(draft, [mis])).toMatch(/Choose a role/);
    expect(productStepProblem(draft, [{ ...mis, roles: [role("dsl")] }, hr])).toMatch(/share no role/);
    expect(peopleStepProblem(draft, parseEmailList(""))).toMatch(/roster or paste/);
    expect(peopleStepProblem(draft, parseEmailList("a@b.test\nnope"))).toMatch(/Fix or remove 1 pasted entry/);
    expect(schoolStepProblem(draft)).toMatch(/at least one school/);
  });

  it("counts a pasted address once when that person was also picked from the roster", () => {
    const draft = withStaff(emptyDraft(), [jane], true);
    expect(peopleCount(draft, parseEmailList("JANE@oak.test, new@oak.test"))).toBe(2);
  });
});
