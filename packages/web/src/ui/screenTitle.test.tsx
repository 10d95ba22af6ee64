import { MantineProvider } from "@mantine/core";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useEffect, useState } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import { createBrowserRouter, Link, Outlet, RouterProvider } from "react-router";
import { LiveAnnouncer } from "./LiveAnnouncer";
import { PageHeader } from "./PageHeader";
import { PublicFrame } from "./PublicFrame";
import { resetScreenFocusForTests } from "./screenTitle";
import { theme } from "./theme";

/** A screen whose header sits in a different place once its data is in, as InvitePage's does. */
function LoadingThenLoaded() {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLoaded(true), 10);
    return () => clearTimeout(timer);
  }, []);
  return loaded ? (
    <>
      <PageHeader title="Invite staff" />
      <p>The wizard</p>
    </>
  ) : (
    <div>
      <PageHeader title="Invite staff" />
    </div>
  );
}

// A browser router, as the app uses: the hook follows the address bar's path.
function renderApp(startAt: string) {
  window.history.replaceState(null, "", startAt);
  const router = createBrowserRouter([
    {
      element: (
        <>
          <nav aria-label="Main">
            <Link to="/schools">Schools</Link>
            <Link to="/invitations">Invitations</Link>
            <Link to="/schools?q=oak">Oak schools</Link>
            <Link to="/sign-in">Sign in again</Link>
            <Link to="/invite">Invite staff</Link>
          </nav>
          <main id="main" tabIndex={-1}>
            <Outlet />
          </main>
        </>
      ),
      children: [
        { path: "/schools", element: <PageHeader title="Schools" /> },
        { path: "/invitations", element: <PageHeader title="Invitations" description="Every invitation." /> },
        { path: "/invite", element: <LoadingThenLoaded /> },
      ],
    },
    {
      path: "/sign-in",
      element: (
        <PublicFrame title="Sign in">
          <h1>Sign in</h1>
          <input aria-label="Email" autoFocus />
        </PublicFrame>
      ),
    },
  ]);
  render(
    <MantineProvider theme={theme} env="test">
      <LiveAnnouncer />
      <RouterProvider router={router} />
    </MantineProvider>,
  );
  return router;
}

const politeRegion = () => document.querySelector<HTMLElement>('[aria-live="polite"]')!;

describe("each screen's title and heading", () => {
  beforeEach(() => resetScreenFocusForTests());

  it("names the first screen in the browser tab and leaves focus at the top of the page", async () => {
    renderApp("/schools");
    await waitFor(() => expect(document.title).toBe("Schools · Lanyard"));
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(document.activeElement).toBe(document.body);
  });

  it("moves focus to the new screen's heading after a nav link, and announces the screen", async () => {
    renderApp("/schools");
    const link = screen.getByRole("link", { name: "Invitations" });
    link.focus();
    fireEvent.click(link);
    await waitFor(() => expect(document.title).toBe("Invitations · Lanyard"));
    const heading = screen.getByRole("heading", { level: 1, name: "Invitations" });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    // Focusable by script only: Tab doesn't stop on it.
    expect(heading.tabIndex).toBe(-1);
    expect(politeRegion().textContent?.trim()).toBe("Invitations");
  });

  it("keeps focus on the heading when the screen replaces its loading header with the loaded one", async () => {
    renderApp("/schools");
    fireEvent.click(screen.getByRole("link", { name: "Invite staff" }));
    await screen.findByText("The wizard");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1, name: "Invite staff" })));
  });

  it("leaves focus where it is when only the filters in the address change", async () => {
    renderApp("/schools");
    const link = screen.getByRole("link", { name: "Oak schools" });
    link.focus();
    await act(async () => {
      fireEvent.click(link);
    });
    await waitFor(() => expect(window.location.search).toBe("?q=oak"));
    expect(document.activeElement).toBe(link);
    expect(politeRegion().textContent?.trim()).toBe("");
  });

  it("keeps focus in the field a screen focuses itself, and still announces the screen", async () => {
    renderApp("/schools");
    fireEvent.click(screen.getByRole("link", { name: "Sign in again" }));
    await waitFor(() => expect(document.title).toBe("Sign in · Lanyard"));
    await waitFor(() => expect(politeRegion().textContent?.trim()).toBe("Sign in"));
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Email" }));
  });
});
