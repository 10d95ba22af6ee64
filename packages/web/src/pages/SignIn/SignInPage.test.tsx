import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { stubGraphql } from "../../test/publicGraphql";
import { renderPublicScreen } from "../../test/renderPublic";
import { SignInPage } from "./SignInPage";

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/Email/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
}

const variables = { email: "admin@demo.lanyard.test", password: "wrong-password" };

describe("Sign in", () => {
  it("shows the server's one vague message when the details are wrong", async () => {
    const sent = stubGraphql({
      SignIn: {
        data: {
          signIn: {
            viewer: null,
            errors: [{ message: "That email and password don't match an account.", code: "INVALID_CREDENTIALS" }],
          },
        },
      },
    });
    const openApp = vi.fn();
    renderPublicScreen(<SignInPage openApp={openApp} />);
    fillIn(variables.email, variables.password);
    expect((await screen.findByRole("alert")).textContent).toContain("That email and password don't match an account.");
    expect(sent).toEqual([{ operationName: "SignIn", variables }]);
    expect(openApp).not.toHaveBeenCalled();
  });

  it("shows the rate limit's message after too many attempts", async () => {
    stubGraphql({
      SignIn: { data: null, errors: [{ message: "Too many sign-in attempts. Try again in 15 minutes.", extensions: { code: "RATE_LIMITED" } }] },
    });
    renderPublicScreen(<SignInPage openApp={vi.fn()} />);
    fillIn(variables.email, variables.password);
    expect((await screen.findByRole("alert")).textContent).toContain("Too many sign-in attempts");
  });

  it("says so when Lanyard can't be reached", async () => {
    vi.stubGlobal("fetch", () => Promise.reject(new TypeError("Failed to fetch")));
    renderPublicScreen(<SignInPage openApp={vi.fn()} />);
    fillIn(variables.email, variables.password);
    expect((await screen.findByRole("alert")).textContent).toContain("Lanyard can't be reached");
  });

  it("checks the email as the person types, before asking the server", async () => {
    const sent = stubGraphql({});
    renderPublicScreen(<SignInPage openApp={vi.fn()} />);
    fillIn("not-an-email", "");
    expect(await screen.findByText("Enter an email address like name@school.org.uk")).toBeTruthy();
    expect(screen.getByText("Enter your password")).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it("opens the Dashboard after signing in, or the page the person was sent away from", async () => {
    const answer = { data: { signIn: { viewer: { email: variables.email }, errors: [] } } };
    stubGraphql({ SignIn: answer });
    const openApp = vi.fn();
    const { unmount } = renderPublicScreen(<SignInPage openApp={openApp} />);
    fillIn(variables.email, "right-password");
    await waitFor(() => expect(openApp).toHaveBeenCalledWith("/"));
    unmount();

    stubGraphql({ SignIn: answer });
    const back = vi.fn();
    renderPublicScreen(<SignInPage returnTo="/staff?school=s1" openApp={back} />);
    fillIn(variables.email, "right-password");
    await waitFor(() => expect(back).toHaveBeenCalledWith("/staff?school=s1"));
  });
});
