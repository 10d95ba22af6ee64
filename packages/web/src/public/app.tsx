// Only the Mantine CSS the public pages use (vite/mantineCss.ts), not all of styles.css.
import "virtual:public-mantine.css";
import "../ui/theme.css";
import type { PublicPageMatch } from "@lanyard/shared";
import { startTransition, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { LanyardProvider } from "../ui/LanyardProvider";
import { publicScreen } from "./screens";

/** The public pages' app: React and Mantine with Lanyard's theme, around the page the path names. */
export function renderPublicApp(match: PublicPageMatch) {
  const root = createRoot(document.getElementById("root")!);
  // A transition renders in slices that yield to the browser, rather than one long task a phone
  // can't answer a tap during.
  startTransition(() => {
    root.render(
      <StrictMode>
        <LanyardProvider>{publicScreen(match)}</LanyardProvider>
      </StrictMode>,
    );
  });
}
