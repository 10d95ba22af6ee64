import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { activeAccessKey, openItemKey, RequestKeys } from "./keys.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const TRUST = "0197c51b-7340-7427-9ee4-92d21a9847e1";
const PRODUCT = "0197c51b-7340-7427-9ee4-92d21a9847e2";
const SCHOOL = "0197c51b-7340-7427-9ee4-92d21a9847e3";

describe("rule 4 keys", () => {
  it("are 16 hex digits of (trust, product, school) then 32 of (trust, person, product, school), a trust-level school as empty", () => {
    expect(openItemKey(TRUST, "ada@example.org", PRODUCT, SCHOOL)).toBe(
      sha(`${TRUST}|${PRODUCT}|${SCHOOL}`).slice(0, 16) + sha(`${TRUST}|ada@example.org|${PRODUCT}|${SCHOOL}`).slice(0, 32),
    );
    expect(activeAccessKey(TRUST, "user-1", PRODUCT, null)).toBe(sha(`${TRUST}|${PRODUCT}|`).slice(0, 16) + sha(`${TRUST}|user-1|${PRODUCT}|`).slice(0, 32));
  });

  it("differ by person, product and school, and share their head within one product at one school", () => {
    const a = openItemKey(TRUST, "ada@example.org", PRODUCT, SCHOOL);
    const b = openItemKey(TRUST, "bob@example.org", PRODUCT, SCHOOL);
    expect(a).not.toBe(b);
    expect(a.slice(0, 16)).toBe(b.slice(0, 16));
    expect(openItemKey(TRUST, "ada@example.org", PRODUCT, null)).not.toBe(a);
  });

  it("are made once a request and are the same as made alone", () => {
    const keys = new RequestKeys(TRUST);
    expect(keys.openItem("ada@example.org", PRODUCT, SCHOOL)).toBe(openItemKey(TRUST, "ada@example.org", PRODUCT, SCHOOL));
    expect(keys.openItem("ada@example.org", PRODUCT, SCHOOL)).toBe(keys.openItem("ada@example.org", PRODUCT, SCHOOL));
    expect(keys.activeAccess("user-1", PRODUCT, null)).toBe(activeAccessKey(TRUST, "user-1", PRODUCT, null));
    // The same ids as a person and as a user make different kinds of key, each right.
    expect(keys.activeAccess("ada@example.org", PRODUCT, SCHOOL)).toBe(activeAccessKey(TRUST, "ada@example.org", PRODUCT, SCHOOL));
  });
});
