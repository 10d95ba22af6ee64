import { Button, Group, Select, Text } from "@mantine/core";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";

interface Props {
  /** e.g. "Showing 26–50 of 312 staff". */
  summary: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  pageSize: number;
  pageSizes: readonly number[];
  onPageSizeChange: (size: number) => void;
}

/** Previous / next through a cursor connection, with a page-size choice. */
export function CursorPager(props: Props) {
  return (
    <Group justify="space-between" px="md" py="sm" gap="sm">
      <Text size="sm" c="dimmed">
        {props.summary}
      </Text>
      <Group gap="sm">
        <Group gap={6}>
          <Text size="sm" c="dimmed" component="label" htmlFor="page-size">
            Rows per page
          </Text>
          <Select
            id="page-size"
            w={84}
            size="xs"
            allowDeselect={false}
            data={props.pageSizes.map(String)}
            value={String(props.pageSize)}
            onChange={(v) => v && props.onPageSizeChange(Number(v))}
          />
        </Group>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconChevronLeft size={14} />}
          disabled={!props.hasPrevious}
          onClick={props.onPrevious}
        >
          Previous
        </Button>
        <Button
          size="xs"
          variant="default"
          rightSection={<IconChevronRight size={14} />}
          disabled={!props.hasNext}
          onClick={props.onNext}
        >
          Next
        </Button>
      </Group>
    </Group>
  );
}
