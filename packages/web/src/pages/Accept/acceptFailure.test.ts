import { describe, expect, it } from "vitest";
import { acceptFailure } from "./acceptFailure";

describe("what the accept page does with each error", () => {
  it("reloads the link's own explanation when it can't be used any more", () => {
    for (const code of ["INVALID_TOKEN", "EXPIRED", "CANCELLED", "ALREADY_USED"]) {
      expect(acceptFailure({ code, message: "…" }).kind).toBe("link-gone");
    }
  });

  it("asks the person to sign in when an account has their email", () => {
    expect(acceptFailure({ code: "SIGN_IN_REQUIRED", message: "Sign in to accept." })).toEqual({
      kind: "sign-in-required",
      message: "Sign in to accept.",
    });
  });

  it("puts a weak password, or any error naming a field, on that field", () => {
    expect(acceptFailure({ code: "WEAK_PASSWORD", message: "Too weak" })).toMatchObject({ kind: "field", field: "password" });
    expect(acceptFailure({ code: "INVALID", field: ["lastName"], message: "Enter a name" })).toMatchObject({
      kind: "field",
      field: "lastName",
    });
  });

  it("shows anything else, such as the wrong account, as it came", () => {
    expect(acceptFailure({ code: "WRONG_ACCOUNT", message: "Sign in as j@x.test" })).toEqual({
      kind: "alert",
      message: "Sign in as j@x.test",
    });
  });
});
