import { Anchor, Button, Group, Text } from "@mantine/core";
import { IconBan, IconMailForward } from "@tabler/icons-react";
import { plural } from "../../ui/format";
import type { BulkActionKind } from "./bulkAction";
import { offersAllMatching, selectedCount, type Selection } from "./selection";

interface Props {
  selection: Selection;
  pageIds: readonly string[];
  /** Every invitation matching the filter (the connection's totalCount). */
  totalMatching: number;
  onSelectAllMatching: () => void;
  onClear: () => void;
  onAction: (kind: BulkActionKind) => void;
}

/** What is selected, the offer to widen it to the whole filter, and what can be done to it. */
export function BulkActionBar({ selection, pageIds, totalMatching, onSelectAllMatching, onClear, onAction }: Props) {
  const count = selectedCount(selection, totalMatching);
  const none = count === 0;

  return (
    <Group
      justify="space-between"
      px="md"
      py="xs"
      gap="sm"
      mih={52}
      bg={none ? undefined : "var(--mantine-color-lanyard-light)"}
      style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
      role="region"
      aria-label="Selection"
    >
      <Group gap="sm">
        {none ? (
          <Text size="sm" c="dimmed">
            Tick invitations to resend or cancel them.
          </Text>
        ) : selection.kind === "allMatching" ? (
          <Text size="sm" fw={500}>
            All {plural(totalMatching, "invitation")} matching this filter are selected.
          </Text>
        ) : (
          <Text size="sm" fw={500}>
            {plural(count, "invitation")} selected.
          </Text>
        )}
        {offersAllMatching(selection, pageIds, totalMatching) && (
          <Anchor component="button" size="sm" fw={600} onClick={onSelectAllMatching}>
            Select all {totalMatching.toLocaleString("en-GB")} matching this filter
          </Anchor>
        )}
        {!none && (
          <Anchor component="button" size="sm" c="dimmed" onClick={onClear}>
            Clear selection
          </Anchor>
        )}
      </Group>
      <Group gap="sm">
        <Button size="xs" leftSection={<IconMailForward size={14} />} disabled={none} onClick={() => onAction("resend")}>
          Resend
        </Button>
        <Button
          size="xs"
          variant="light"
          color="red"
          leftSection={<IconBan size={14} />}
          disabled={none}
          onClick={() => onAction("cancel")}
        >
          Cancel
        </Button>
      </Group>
    </Group>
  );
}
