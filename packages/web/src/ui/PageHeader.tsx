import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useScreenTitle } from "./screenTitle";

interface Props {
  /** The screen's one h1; as text it also names the screen in the browser tab. */
  title: ReactNode;
  /** The screen's name for the browser tab when `title` isn't text (a placeholder while it loads). */
  screen?: string;
  description?: ReactNode;
  /** Buttons on the right, e.g. "Invite staff". */
  actions?: ReactNode;
  /** Above the title, e.g. a breadcrumb back to a list. */
  above?: ReactNode;
}

export function PageHeader({ title, screen, description, actions, above }: Props) {
  useScreenTitle(typeof title === "string" ? title : screen);
  return (
    <Stack gap={6} mb="lg">
      {above}
      {/* Wraps on a narrow screen (320 px, or 400 % zoom) rather than squeezing the title. */}
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} style={{ flex: "1 1 20rem", minWidth: 0 }}>
          <Title order={1} fz={26} style={{ overflowWrap: "anywhere" }}>
            {title}
          </Title>
          {description && (
            <Text c="dimmed" size="sm" maw={720}>
              {description}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
    </Stack>
  );
}
