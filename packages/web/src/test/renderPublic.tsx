import { MantineProvider } from "@mantine/core";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { theme } from "../ui/theme";

/** Renders a public page as the public app does: the theme, and nothing else (no router, no GraphQL client). */
export function renderPublicScreen(element: ReactElement) {
  // "test": no transitions or portals, so an opened dialog is there at once.
  return render(
    <MantineProvider theme={theme} env="test">
      {element}
    </MantineProvider>,
  );
}
