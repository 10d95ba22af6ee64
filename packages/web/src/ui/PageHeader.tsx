import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

interface Props {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons on the right, e.g. "Invite staff". */
  actions?: ReactNode;
  /** Above the title, e.g. a breadcrumb back to a list. */
  above?: ReactNode;
}

export function PageHeader({ title, description, actions, above }: Props) {
  return (
    <Stack gap={6} mb="lg">
      {above}
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4}>
          <Title order={1} fz={26}>
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
