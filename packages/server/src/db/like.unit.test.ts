import { describe, expect, it } from "vitest";
import { like, likePattern } from "./like.js";

describe("likePattern", () => {
  it("matches a plain term anywhere, or as a prefix", () => {
    expect(likePattern("ash")).toBe("%ash%");
    expect(likePattern("LS1", "prefix")).toBe("LS1%");
  });

  it("escapes %, _ and the escape character itself so they match literally", () => {
    expect(likePattern("100%")).toBe("%100!%%");
    expect(likePattern("a_b")).toBe("%a!_b%");
    expect(likePattern("wow!")).toBe("%wow!!%");
    expect(likePattern("%_!", "prefix")).toBe("!%!_!!%");
  });

  it("leaves a backslash alone (it is not the escape character)", () => {
    expect(likePattern("a\\b")).toBe("%a\\b%");
  });

  it("names the same escape character in the condition", () => {
    expect(like("school.name", "pattern")).toBe("school.name LIKE :pattern ESCAPE '!'");
  });
});
