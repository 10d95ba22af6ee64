import type { MockLink } from "@apollo/client/testing";
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderScreen } from "../../test/render";
import { AcceptPage } from "./AcceptPage";
import { AcceptPageQuery, SignInUserMutation } from "./acceptOperations";
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

// Only the page's query is mocked (and what a test submits): any mutation on opening would fail the render
// (rule 9: opening changes nothing).
function open(invitation: PublicInvitation, submitted: MockLink.MockedResponse[] = []) {
  return renderScreen(<AcceptPage />, {
    path: "/accept/:token",
    url: "/accept/tok123",
    viewer: null,
    mocks: [
      {
        request: { query: AcceptPageQuery, variables: { token: "tok123" } },
        result: {
          data: {
            invitationByToken: { __typename: "PublicInvitation", ...invitation, items: invitation.items.map((i) => ({ __typename: "PublicInvitationItem", ...i })) },
            currentUser: null,
          },
        },
      },
      ...submitted,
    ],
  });
}

describe("the accept page", () => {
  it("shows a new person what they're invited to and a registration form with their names filled in", async () => {
    open(valid);
    expect(await screen.findByRole("heading", { name: "Jane, you're invited" })).toBeTruthy();
    expect(screen.getByText("Assessment Tracker")).toBeTruthy();
    expect(screen.getByText("Invited by admin@oak.test")).toBeTruthy();
    expect((screen.getByLabelText(/First name/) as HTMLInputElement).value).toBe("Jane");
    expect((screen.getByLabelText(/Last name/) as HTMLInputElement).value).toBe("Hall");
    expect(screen.getByRole("button", { name: "Accept and create account" })).toBeTruthy();
  });

  it("asks an existing user to sign in rather than set a password", async () => {
    open({ ...valid, existingUser: true });
    expect(await screen.findByRole("button", { name: "Sign in and accept" })).toBeTruthy();
    expect(screen.queryByLabelText(/Confirm password/)).toBeNull();
  });

  it("tells an existing user only the server's one vague message when their details are wrong", async () => {
    open({ ...valid, existingUser: true }, [
      {
        request: { query: SignInUserMutation, variables: { email: "jane.hall@oak.sch.uk", password: "wrong-password" } },
        result: {
          data: {
            signInUser: {
              __typename: "UserSignInPayload",
              user: null,
              errors: [{ __typename: "UserError", code: "INVALID_CREDENTIALS", message: "That email and password don't match an account." }],
            },
          },
        },
      },
    ]);
    fireEvent.change(await screen.findByLabelText(/Password/), { target: { value: "wrong-password" } });
    fireEvent.click(screen.getByRole("button", { name: "Sign in and accept" }));
    expect((await screen.findByRole("alert")).textContent).toContain("That email and password don't match an account.");
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
});
