import { describe, expect, it } from "vitest";
import { commonRoles } from "./roles";

const role = (code: string, name = code) => ({ code, name, description: `${name} does things` });
const mis = { id: "p1", name: "MIS", roles: [role("admin"), role("teacher", "Teacher"), role("viewer", "Office staff")] };
const tracker = { id: "p2", name: "Tracker", roles: [role("viewer", "Governor"), role("teacher", "Teacher")] };
const safeguarding = { id: "p3", name: "Safeguarding", roles: [role("dsl"), role("teacher", "Staff member")] };

describe("roles common to the chosen products (rule 3)", () => {
  it("offers every role of a single product", () => {
    expect(commonRoles([mis]).map((r) => r.code)).toEqual(["admin", "teacher", "viewer"]);
  });

  it("offers only codes every product has, in the first product's order", () => {
    expect(commonRoles([mis, tracker]).map((r) => r.code)).toEqual(["teacher", "viewer"]);
    expect(commonRoles([mis, tracker, safeguarding]).map((r) => r.code)).toEqual(["teacher"]);
  });

  it("names the role as each product calls it", () => {
    const [viewer] = commonRoles([tracker, mis]);
    expect(viewer?.perProduct.map((p) => `${p.productName}: ${p.roleName}`)).toEqual(["Tracker: Governor", "MIS: Office staff"]);
  });

  it("offers nothing when no product is chosen or they share no code", () => {
    expect(commonRoles([])).toEqual([]);
    expect(commonRoles([{ id: "x", name: "X", roles: [role("dsl")] }, { id: "y", name: "Y", roles: [role("admin")] }])).toEqual([]);
  });
});
