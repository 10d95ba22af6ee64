import { useEffect } from "react";
import { announce } from "./announce";

const APP = "Lanyard";

// The path whose screen last took focus. The first screen after a page load is left alone: focus
// starts at the top of the document, where Tab reaches "Skip to main content" first.
let settledPath: string | null = null;

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
    if (path === settledPath) return;
    const main = document.getElementById("main");
    const heading = main?.querySelector("h1") ?? document.querySelector("h1");
    if (!heading || !screen) return;
    settledPath = path;
    // The screen put focus somewhere on purpose (a form's first field): leave it there.
    if (main && main !== document.activeElement && main.contains(document.activeElement)) return announce(screen);
    heading.tabIndex = -1;
    heading.focus({ preventScroll: false });
    announce(screen);
  });
}

/** Tests only: forget which screen had focus, as a fresh page load does. */
export function resetScreenFocusForTests(): void {
  settledPath = null;
}
