import { describe, expect, it } from "vitest";
import { linkStatusCopy, whoToAsk } from "./linkStatus";

describe("messages for a link that can't be used", () => {
  it("has a distinct title for each status", () => {
    const statuses = ["EXPIRED", "CANCELLED", "ALREADY_USED", "DECLINED", "INVALID_TOKEN", "RATE_LIMITED"];
    const titles = new Set(statuses.map((s) => linkStatusCopy(s).title));
    expect(titles.size).toBe(statuses.length);
    expect(linkStatusCopy("EXPIRED").title).toBe("This invitation has expired");
    expect(linkStatusCopy("INVALID_TOKEN").title).toBe("This link doesn't work");
  });

  it("treats a status it doesn't know as a link that doesn't work", () => {
    expect(linkStatusCopy("SOMETHING_NEW").title).toBe("This link doesn't work");
  });

  it("says who to ask, with as much as is known", () => {
    expect(whoToAsk("sam@oak.test", "Oak Learning Trust")).toBe("sam@oak.test at Oak Learning Trust");
    expect(linkStatusCopy("EXPIRED").hint(whoToAsk(null, "Oak Learning Trust"))).toContain("your contact at Oak Learning Trust");
    expect(whoToAsk(null, null)).toBe("the person who invited you");
  });
});
