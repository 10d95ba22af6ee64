import { MantineProvider } from "@mantine/core";
import { Notifications, notifications } from "@mantine/notifications";
import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { announce } from "./announce";
import { LiveAnnouncer } from "./LiveAnnouncer";
import { notify } from "./notify";
import { theme } from "./theme";

function renderAnnouncer() {
  render(
    <MantineProvider theme={theme} env="test">
      <LiveAnnouncer />
      <Notifications />
    </MantineProvider>,
  );
  const region = (politeness: string) => document.querySelector<HTMLElement>(`[aria-live="${politeness}"]`)!;
  return { polite: region("polite"), assertive: region("assertive") };
}

// The notifications store outlives a render: start each test without the last one's.
afterEach(() => act(() => notifications.clean()));

const spoken = (region: HTMLElement) => region.textContent?.trim();

describe("LiveAnnouncer", () => {
  it("puts an announcement in the polite region, and leaves the assertive one quiet", () => {
    const { polite, assertive } = renderAnnouncer();
    expect(spoken(polite)).toBe("");
    act(() => announce("Resent 3 invitations"));
    expect(spoken(polite)).toBe("Resent 3 invitations");
    expect(spoken(assertive)).toBe("");
  });

  it("puts an assertive announcement in the assertive region", () => {
    const { polite, assertive } = renderAnnouncer();
    act(() => announce("No invitations were cancelled", "assertive"));
    expect(spoken(assertive)).toBe("No invitations were cancelled");
    expect(spoken(polite)).toBe("");
  });

  it("changes the region when the same words are said twice, so they are read again", () => {
    const { polite } = renderAnnouncer();
    act(() => announce("Invitations"));
    const first = polite.textContent;
    act(() => announce("Invitations"));
    expect(polite.textContent).not.toBe(first);
    expect(spoken(polite)).toBe("Invitations");
  });
});

describe("notify", () => {
  it("shows the notification and announces its title and message", async () => {
    const { polite } = renderAnnouncer();
    act(() => {
      notify({ title: "Access revoked", message: "Sam Ward no longer has Maths Hub.", color: "green" });
    });
    expect(await screen.findByText("Sam Ward no longer has Maths Hub.")).toBeTruthy();
    expect(spoken(polite)).toBe("Access revoked. Sam Ward no longer has Maths Hub.");
  });

  it("announces a failure assertively, in the words given for a message that isn't text", async () => {
    const { assertive } = renderAnnouncer();
    act(() => {
      notify({
        title: "No invitations were cancelled",
        message: <ul><li>Sam Ward's invitation was already accepted.</li></ul>,
        announcement: "No invitations were cancelled. Sam Ward's invitation was already accepted.",
        color: "red",
      });
    });
    expect(await screen.findByText("Sam Ward's invitation was already accepted.")).toBeTruthy();
    expect(spoken(assertive)).toBe("No invitations were cancelled. Sam Ward's invitation was already accepted.");
  });
});
