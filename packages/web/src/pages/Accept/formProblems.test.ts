import { describe, expect, it } from "vitest";
import { registrationProblems } from "./formProblems";

const ok = { firstName: "Jane", lastName: "Hall", password: "correct-horse-7", confirm: "correct-horse-7" };

describe("registration form rules", () => {
  it("accepts names and a long, varied password typed twice", () => {
    expect(registrationProblems(ok)).toEqual({});
  });

  it("asks for both names, ignoring spaces", () => {
    expect(registrationProblems({ ...ok, firstName: "  ", lastName: "" })).toEqual({
      firstName: "Enter a name",
      lastName: "Enter a name",
    });
  });

  it("applies the server's password rules: at least 12 characters, not repetitive", () => {
    expect(registrationProblems({ ...ok, password: "short-pw", confirm: "short-pw" }).password).toBe("Use at least 12 characters");
    expect(registrationProblems({ ...ok, password: "abababababab", confirm: "abababababab" }).password).toBe(
      "Use a less repetitive password",
    );
  });

  it("notices when the confirmation differs", () => {
    expect(registrationProblems({ ...ok, confirm: "correct-horse-8" }).confirm).toBe("The passwords don't match");
  });
});
