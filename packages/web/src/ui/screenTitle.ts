import { useEffect } from "react";
import { announce } from "./announce";

const APP = "Lanyard";

// The path whose screen last took focus. The first screen after a page load is left alone: focus
// starts at the top of the document, where Tab reaches "Skip to main content" first.
let settledPath: string | null = null;
// The heading focus was moved to: when a screen swaps its loading header for the loaded one, focus
// would otherwise drop to the document's start.
let focusedHeading: HTMLElement | null = null;

function focusHeading(heading: HTMLElement) {
  heading.tabIndex = -1;
  heading.focus();
  focusedHeading = heading;
}

/** "Invitations · Lanyard" */
export function documentTitle(screen: string): string {
  return `${screen} · ${APP}`;
}

/**
 * Names the screen in the browser tab and, after a client-side change of screen, moves focus to its
 * heading and says its name, as a full page load would. Called by PageHeader and PublicFrame, so
 * every screen does it the same way; `screen` is undefined while the name is still loading.
 */
export function useScreenTitle(screen: string | undefined): void {
  useEffect(() => {
    if (screen) document.title = documentTitle(screen);
  }, [screen]);

  // Runs after every render: a screen whose heading isn't there yet (still loading) gets focus once it is.
  useEffect(() => {
    const path = window.location.pathname;
    if (settledPath === null) {
      settledPath = path;
      return;
    }
    const main = document.getElementById("main");
    const heading = main?.querySelector("h1") ?? document.querySelector("h1");
    if (path === settledPath) {
      const lost = focusedHeading && !focusedHeading.isConnected && document.activeElement === document.body;
      if (lost && heading) focusHeading(heading);
      return;
    }
    if (!heading || !screen) return;
    settledPath = path;
    focusedHeading = null;
    // The screen put focus somewhere on purpose (a form's first field): leave it there.
    if (main && main !== document.activeElement && main.contains(document.activeElement)) return announce(screen);
    focusHeading(heading);
    announce(screen);
  });
}

/** Tests only: forget which screen had focus, as a fresh page load does. */
export function resetScreenFocusForTests(): void {
  settledPath = null;
  focusedHeading = null;
}
