import { MockedProvider } from "@apollo/client/testing/react";
import { InMemoryCache } from "@apollo/client";
import { MantineProvider } from "@mantine/core";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { AppLayout } from "../features/session/AppLayout";
import { AppLayoutDocument } from "../gql/graphql";
import { PublicFrame } from "./PublicFrame";
import { theme } from "./theme";

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Where the first Tab from the top of the page lands. */
const firstTabStop = () => document.querySelector<HTMLElement>(FOCUSABLE);

function renderIn(children: ReactNode, path = "/schools") {
  const router = createMemoryRouter(
    [{ element: children ? <>{children}</> : <AppLayout />, children: [{ path: "/schools", element: <h1>Schools</h1> }] }],
    { initialEntries: [path] },
  );
  const viewer = {
    __typename: "Viewer",
    email: "admin@demo.lanyard.test",
    role: "TRUST_ADMIN",
    trust: { __typename: "Trust", id: "t1", name: "Oak Learning Trust" },
    school: null,
  };
  render(
    <MantineProvider theme={theme} env="test">
      <MockedProvider
        mocks={[{ request: { query: AppLayoutDocument }, result: { data: { viewer } } }]}
        cache={new InMemoryCache({ typePolicies: { Viewer: { keyFields: [] } } })}
      >
        <RouterProvider router={router} />
      </MockedProvider>
    </MantineProvider>,
  );
}

function expectSkipLinkToReachMain() {
  const skip = firstTabStop();
  expect(skip?.textContent).toBe("Skip to main content");
  fireEvent.click(skip!);
  expect(document.activeElement).toBe(screen.getByRole("main"));
}

describe("Skip to main content", () => {
  it("is the first stop on a public page, and moves focus to the main region", () => {
    renderIn(
      <PublicFrame title="Sign in">
        <h1>Sign in</h1>
        <button type="button">Sign in</button>
      </PublicFrame>,
    );
    expectSkipLinkToReachMain();
  });

  it("is the first stop in the signed-in app, before the navigation and Sign out", async () => {
    renderIn(null);
    await screen.findByRole("navigation", { name: "Main" });
    expectSkipLinkToReachMain();
  });
});

describe("landmarks and the footer", () => {
  it("gives the signed-in app a header, labelled navigation, main and a footer linking to the accessibility statement", async () => {
    renderIn(null);
    await screen.findByRole("navigation", { name: "Main" });
    expect(screen.getByRole("banner")).toBeTruthy();
    expect(screen.getByRole("main").id).toBe("main");
    const footer = screen.getByRole("contentinfo");
    expect(within(footer).getByRole("link", { name: "Accessibility statement" }).getAttribute("href")).toBe("/accessibility");
  });

  it("gives a public page a header, main and a footer linking to the accessibility statement", () => {
    renderIn(
      <PublicFrame title="Sign in" footer="Trouble signing in? Ask your trust's Lanyard administrator.">
        <h1>Sign in</h1>
      </PublicFrame>,
    );
    expect(screen.getByRole("banner").textContent).toContain("Lanyard");
    expect(screen.getByRole("main").id).toBe("main");
    const footer = screen.getByRole("contentinfo");
    expect(footer.textContent).toContain("Trouble signing in?");
    expect(within(footer).getByRole("link", { name: "Accessibility statement" }).getAttribute("href")).toBe("/accessibility");
  });
});
