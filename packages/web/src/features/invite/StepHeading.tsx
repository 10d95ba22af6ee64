import { Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** The title and one line of help at the top of each part of a wizard step. */
export function StepHeading({ title, description }: { title: string; description?: ReactNode }) {
  return (
    <Stack gap={2} mb="sm">
      {/* Focusable by script only: the wizard puts focus here when a step opens. */}
      <Title order={2} fz="lg" tabIndex={-1}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" maw={760}>
          {description}
        </Text>
      )}
    </Stack>
  );
}
