import { describe, expect, it } from "vitest";
import { isPublicPath, matchPublicPage } from "./publicPages.js";

describe("which paths are public pages", () => {
  it("matches sign in, the accessibility statement, and an accept link with its token", () => {
    expect(matchPublicPage("/sign-in")).toEqual({ page: "/sign-in", params: {} });
    expect(matchPublicPage("/accessibility")).toEqual({ page: "/accessibility", params: {} });
    expect(matchPublicPage("/accept/AbC-123_x")).toEqual({ page: "/accept/:token", params: { token: "AbC-123_x" } });
  });

  it("allows one trailing slash and decodes the token", () => {
    expect(isPublicPath("/sign-in/")).toBe(true);
    expect(matchPublicPage("/accept/a%2Bb/")?.params).toEqual({ token: "a+b" });
  });

  it("leaves admin pages, the root, unknown paths and near misses to the admin app", () => {
    for (const path of ["/", "/schools", "/schools/12", "/invite", "/sign-in-help", "/sign-in/x", "/accept", "/accept/", "/accept/a/b", "/Sign-in", "sign-in", ""]) {
      expect(isPublicPath(path), path).toBe(false);
    }
  });

  it("refuses a token with a malformed escape", () => {
    expect(matchPublicPage("/accept/%E0%A4%A")).toBeNull();
  });
});
