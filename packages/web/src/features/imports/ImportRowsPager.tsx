import { Button, Group, Text } from "@mantine/core";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";

interface Props {
  /** What the page shows, e.g. "Problems 51–100 of 123". */
  summary: string;
  /** What the buttons page through, e.g. "problems": "Previous problems", "Next problems". */
  things: string;
  pageIndex: number;
  pages: number;
  loading: boolean;
  onPage: (index: number) => void;
}

/** The footer of an import's paged table (its problems, skipped or updated rows): where you are, and the way back and on. */
export function ImportRowsPager({ summary, things, pageIndex, pages, loading, onPage }: Props) {
  if (pages <= 1) return null;
  return (
    <Group justify="space-between" px="md" py="sm" gap="sm" style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}>
      <Text size="sm" c="dimmed">
        {summary}
      </Text>
      <Group gap="sm">
        <Button size="xs" variant="default" leftSection={<IconChevronLeft size={14} />} disabled={pageIndex === 0 || loading} onClick={() => onPage(pageIndex - 1)}>
          Previous {things}
        </Button>
        <Button
          size="xs"
          variant="default"
          rightSection={<IconChevronRight size={14} />}
          disabled={pageIndex >= pages - 1 || loading}
          onClick={() => onPage(pageIndex + 1)}
        >
          Next {things}
        </Button>
      </Group>
    </Group>
  );
}
