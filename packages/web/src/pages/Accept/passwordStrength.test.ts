import { describe, expect, it } from "vitest";
import { passwordStrength } from "./passwordStrength";

describe("password strength meter", () => {
  it("calls anything under 12 characters too short", () => {
    expect(passwordStrength("Tr0ub4dor&3").label).toBe("Too short");
    expect(passwordStrength("").level).toBe(0);
  });

  it("calls a long but repetitive or guessable password weak", () => {
    expect(passwordStrength("aaaaaaaaaaaaaaaa").label).toBe("Weak");
    expect(passwordStrength("MyPassword2026!").label).toBe("Weak");
  });

  it("calls a password built on the person's own name or email weak", () => {
    expect(passwordStrength("JaneHall-2026!x", ["Jane", "Hall", "jane.hall@oak.sch.uk"]).label).toBe("Weak");
  });

  it("rewards variety and length", () => {
    expect(passwordStrength("correcthorsebatt").level).toBe(2);
    expect(passwordStrength("correct-horse-7").level).toBe(3);
    expect(passwordStrength("Correct-horse-battery-7").label).toBe("Strong");
    expect(passwordStrength("correct horse battery staple").label).toBe("Strong");
  });
});
