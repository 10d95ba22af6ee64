import { GraphQLError } from "graphql";
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderScreen } from "../../test/render";
import { SignInMutation, SignInPage } from "./SignInPage";

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/Email/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
}

const variables = { email: "admin@demo.lanyard.test", password: "wrong-password" };

describe("Sign in", () => {
  it("shows the server's one vague message when the details are wrong", async () => {
    renderScreen(<SignInPage />, {
      path: "/sign-in",
      url: "/sign-in",
      viewer: null,
      mocks: [
        {
          request: { query: SignInMutation, variables },
          result: {
            data: {
              signIn: {
                __typename: "SignInPayload",
                viewer: null,
                errors: [
                  { __typename: "UserError", message: "That email and password don't match an account.", code: "INVALID_CREDENTIALS" },
                ],
              },
            },
          },
        },
      ],
    });
    fillIn(variables.email, variables.password);
    expect((await screen.findByRole("alert")).textContent).toContain("That email and password don't match an account.");
  });

  it("shows the rate limit's message after too many attempts", async () => {
    renderScreen(<SignInPage />, {
      path: "/sign-in",
      url: "/sign-in",
      viewer: null,
      mocks: [
        {
          request: { query: SignInMutation, variables },
          result: {
            errors: [
              new GraphQLError("Too many sign-in attempts. Try again in 15 minutes.", {
                extensions: { code: "RATE_LIMITED" },
              }),
            ],
          },
        },
      ],
    });
    fillIn(variables.email, variables.password);
    expect((await screen.findByRole("alert")).textContent).toContain("Too many sign-in attempts");
  });

  it("checks the email as the person types, before asking the server", async () => {
    renderScreen(<SignInPage />, { path: "/sign-in", url: "/sign-in", viewer: null });
    fillIn("not-an-email", "");
    expect(await screen.findByText("Enter an email address like name@school.org.uk")).toBeTruthy();
    expect(screen.getByText("Enter your password")).toBeTruthy();
  });

  it("goes to the schools after signing in", async () => {
    const { router } = renderScreen(<SignInPage />, {
      path: "/sign-in",
      url: "/sign-in",
      viewer: null,
      mocks: [
        {
          request: { query: SignInMutation, variables: { ...variables, password: "right-password" } },
          result: {
            data: {
              signIn: {
                __typename: "SignInPayload",
                viewer: { __typename: "Viewer", email: variables.email },
                errors: [],
              },
            },
          },
        },
      ],
    });
    fillIn(variables.email, "right-password");
    expect(await screen.findByText("Elsewhere")).toBeTruthy();
    expect(router.state.location.pathname).toBe("/schools");
  });
});
