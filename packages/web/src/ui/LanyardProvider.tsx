import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "./theme.css";
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import type { ReactNode } from "react";
import { LiveAnnouncer } from "./LiveAnnouncer";
import { cssVariablesResolver, theme } from "./theme";

/**
 * The look and the shared page furniture every entry point needs: the theme (light only: its colours are
 * the ones checked for contrast, so the scheme doesn't follow the system's dark mode), notifications, and
 * the live regions announcements go through.
 */
export function LanyardProvider({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <LiveAnnouncer />
      <Notifications position="top-right" />
      {children}
    </MantineProvider>
  );
}
