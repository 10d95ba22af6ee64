import { MantineProvider } from "@mantine/core";
import type { ReactNode } from "react";
import { LiveAnnouncer } from "./LiveAnnouncer";
import { cssVariablesResolver, theme } from "./theme";

/**
 * The look and the page furniture every entry point needs: the theme (light only: its colours are the
 * ones checked for contrast, so the scheme doesn't follow the system's dark mode) and the live regions
 * announcements go through. Each entry imports its own CSS (the public pages only what they use) and
 * `./theme.css` after it.
 */
export function LanyardProvider({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <LiveAnnouncer />
      {children}
    </MantineProvider>
  );
}
