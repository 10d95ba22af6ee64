import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { startFirstRead } from "../../features/api/firstReads";
import { stubGraphql, type StubbedAnswer } from "../../test/publicGraphql";
import { renderPublicScreen } from "../../test/renderPublic";
import { AcceptPage } from "./AcceptPage";
import { AcceptPageQuery } from "./acceptOperations";
import type { PublicInvitation } from "./types";

const valid: PublicInvitation = {
  status: "VALID",
  message: null,
  trustName: "Oak Learning Trust",
  email: "jane.hall@oak.sch.uk",
  firstName: "Jane",
  lastName: "Hall",
  items: [
    {
      productName: "Assessment Tracker",
      roleName: "Teacher",
      roleDescription: "Records judgements for their classes.",
      schoolName: "Oak Primary",
      cohortName: null,
    },
  ],
  invitedBy: "admin@oak.test",
  expiresAt: "2099-01-01T00:00:00.000Z",
  existingUser: false,
};

// Only the page's read is answered (and what a test submits): a mutation on opening would find no answer
// and fail the render, and each test checks what was sent (rule 9: opening changes nothing).
function open(invitation: PublicInvitation, submitted: Record<string, StubbedAnswer> = {}) {
  const sent = stubGraphql({ AcceptPage: { data: { invitationByToken: invitation, currentUser: null } }, ...submitted });
  renderPublicScreen(<AcceptPage token="tok123" />);
  return sent;
}

describe("the accept page", () => {
  it("shows a new person what they're invited to and a registration form with their names filled in", async () => {
    const sent = open(valid);
    expect(await screen.findByRole("heading", { name: "Jane, you're invited" })).toBeTruthy();
    expect(screen.getByText("Assessment Tracker")).toBeTruthy();
    expect(screen.getByText("Invited by admin@oak.test")).toBeTruthy();
    expect((screen.getByLabelText(/First name/) as HTMLInputElement).value).toBe("Jane");
    expect((screen.getByLabelText(/Last name/) as HTMLInputElement).value).toBe("Hall");
    expect(screen.getByRole("button", { name: "Accept and create account" })).toBeTruthy();
    expect(sent).toEqual([{ operationName: "AcceptPage", variables: { token: "tok123" } }]);
  });

  it("shows the invitation on its first render when the entry script has read it already", async () => {
    const sent = stubGraphql({ AcceptPage: { data: { invitationByToken: valid, currentUser: null } } });
    await startFirstRead(AcceptPageQuery, { token: "tok123" }).promise;
    renderPublicScreen(<AcceptPage token="tok123" />);
    // No loading state in between: the heading is there at once, and nothing was asked twice.
    expect(screen.getByRole("heading", { name: "Jane, you're invited" })).toBeTruthy();
    expect(screen.queryByLabelText("Loading your invitation")).toBeNull();
    expect(sent).toHaveLength(1);
  });

  it("asks an existing user to sign in rather than set a password", async () => {
    open({ ...valid, existingUser: true });
    expect(await screen.findByRole("button", { name: "Sign in and accept" })).toBeTruthy();
    expect(screen.queryByLabelText(/Confirm password/)).toBeNull();
  });

  it("tells an existing user only the server's one vague message when their details are wrong", async () => {
    const sent = open(
      { ...valid, existingUser: true },
      {
        SignInUser: {
          data: { signInUser: { user: null, errors: [{ code: "INVALID_CREDENTIALS", message: "That email and password don't match an account." }] } },
        },
      },
    );
    fireEvent.change(await screen.findByLabelText(/Password/), { target: { value: "wrong-password" } });
    fireEvent.click(screen.getByRole("button", { name: "Sign in and accept" }));
    expect((await screen.findByRole("alert")).textContent).toContain("That email and password don't match an account.");
    expect(sent.map((s) => s.operationName)).toEqual(["AcceptPage", "SignInUser"]);
    expect(sent[1]!.variables).toEqual({ email: "jane.hall@oak.sch.uk", password: "wrong-password" });
  });

  it("says an expired invitation has expired, in the server's words", async () => {
    const message = "This invitation expired. Ask admin@oak.test at Oak Learning Trust to send it again.";
    open({ ...valid, status: "EXPIRED", message, items: [] });
    expect(await screen.findByRole("heading", { name: "This invitation has expired" })).toBeTruthy();
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Accept/ })).toBeNull();
  });

  it("says who to ask itself when the server gives no message", async () => {
    open({ ...valid, status: "CANCELLED", message: null, items: [] });
    expect(await screen.findByRole("heading", { name: "This invitation was cancelled" })).toBeTruthy();
    expect(screen.getByText(/ask admin@oak.test at Oak Learning Trust/)).toBeTruthy();
  });

  it("says the invitation couldn't be loaded when the server fails, and tries again", async () => {
    let attempts = 0;
    stubGraphql({
      AcceptPage: () => {
        attempts += 1;
        return attempts === 1 ? { status: 502 } : { data: { invitationByToken: valid, currentUser: null } };
      },
    });
    renderPublicScreen(<AcceptPage token="tok123" />);
    expect((await screen.findByRole("alert")).textContent).toContain("HTTP 502");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "Jane, you're invited" })).toBeTruthy();
  });
});
