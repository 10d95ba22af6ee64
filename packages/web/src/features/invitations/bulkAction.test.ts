import { describe, expect, it } from "vitest";
import { bulkOutcome, confirmTitle, tooManyToChange } from "./bulkAction";

describe("bulk resend and cancel wording", () => {
  it("states the count before acting", () => {
    expect(confirmTitle("resend", 37)).toBe("Resend 37 invitations?");
    expect(confirmTitle("cancel", 1)).toBe("Cancel 1 invitation?");
    expect(confirmTitle("resend", 1200)).toBe("Resend 1,200 invitations?");
  });

  it("says before confirming that more than 10,000 invitations must be narrowed first", () => {
    expect(tooManyToChange("cancel", 10_000)).toBeNull();
    expect(tooManyToChange("cancel", 10_001)).toBe(
      "That is more than 10,000 invitations, and Lanyard changes at most 10,000 at once. Narrow the filters (a school, a state, dates sent) and cancel each part.",
    );
    expect(tooManyToChange("resend", 250_000)).toMatch(/^That is more than 10,000 invitations.*and resend each part\.$/);
  });

  it("reports a clean result in green", () => {
    expect(bulkOutcome("resend", { count: 37, errors: [] })).toEqual({ title: "Resent 37 invitations", messages: [], color: "green" });
  });

  it("reports every skipped invitation the server names, never silently", () => {
    const outcome = bulkOutcome("resend", {
      count: 35,
      errors: [
        { message: "ana@oak.test has had 3 emails about this invitation in 24 hours" },
        { message: "ben@oak.test has had 3 emails about this invitation in 24 hours" },
      ],
    });
    expect(outcome.color).toBe("yellow");
    expect(outcome.title).toBe("Resent 35 invitations");
    expect(outcome.messages).toHaveLength(2);
  });

  it("says plainly when nothing happened", () => {
    expect(bulkOutcome("cancel", { count: 0, errors: [{ message: "Already accepted" }] })).toMatchObject({
      title: "No invitations were cancelled",
      color: "red",
    });
  });
});
