import { Button, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import type { ReactNode } from "react";

interface Props {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  /** e.g. "Clear filters"; omitted when there is nothing to do. */
  actionLabel?: string;
  onAction?: () => void;
  /** 1 where the empty state is the whole screen (its title is then the screen's one h1). */
  titleOrder?: 1 | 2 | 3;
}

export function EmptyState({ title, description, icon, actionLabel, onAction, titleOrder = 3 }: Props) {
  return (
    <Stack align="center" gap="xs" py={48} px="md" ta="center" role="status">
      <ThemeIcon size={48} radius="xl" variant="light" color="gray">
        {icon ?? <IconSearch size={24} stroke={1.6} />}
      </ThemeIcon>
      <Title order={titleOrder} fz="lg" mt="xs">
        {title}
      </Title>
      {description && (
        <Text c="dimmed" size="sm" maw={440}>
          {description}
        </Text>
      )}
      {actionLabel && onAction && (
        <Button variant="light" mt="sm" onClick={onAction}>
          {actionLabel}
        </Button>
      )}
    </Stack>
  );
}
