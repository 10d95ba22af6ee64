import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serverRoot } from "../paths.js";
import { CALLER_KINDS } from "./callers.js";
import { renderPermissions } from "./permissions-doc.js";
import { Access, PERMISSIONS, permission } from "./permissions.js";

const file = join(serverRoot, "src", "policy", "PERMISSIONS.md");

describe("the permission table", () => {
  it("is printed in PERMISSIONS.md as the code has it", () => {
    if (process.env.UPDATE_PERMISSIONS) writeFileSync(file, renderPermissions());
    expect(readFileSync(file, "utf8"), "run UPDATE_PERMISSIONS=1 pnpm --filter @lanyard/server exec vitest run --project unit src/policy").toBe(renderPermissions());
  });

  it("refuses everyone an operation it doesn't list", () => {
    for (const kind of CALLER_KINDS) expect(permission("Mutation.somethingNew", kind)).toBe(kind === "anonymous" ? Access.SignIn : Access.No);
  });

  it("never lets an anonymous caller or a read-only key change a trust's data", () => {
    for (const [operation, row] of PERMISSIONS) {
      if (row.anonymous === Access.Public) continue;
      expect(row.anonymous, operation).toBe(Access.SignIn);
      if (operation.startsWith("Mutation.")) expect(row.readOnlyKey, operation).toBe(Access.No);
    }
  });
});
