import { Anchor, Button, Group, Text } from "@mantine/core";
import { IconBan, IconMailForward } from "@tabler/icons-react";
import type { Ref } from "react";
import { plural } from "../../ui/format";
import type { BulkActionKind } from "./bulkAction";
import { offersAllMatching, selectedCount, type Selection } from "./selection";

interface Props {
  selection: Selection;
  pageIds: readonly string[];
  /** Every invitation matching the filter that the viewer may change (the connection's manageableCount). */
  totalMatching: number;
  /** Those matching that hold products managed by the trust: a school admin can't select them. */
  managedByTrust: number;
  onSelectAllMatching: () => void;
  onClear: () => void;
  onAction: (kind: BulkActionKind) => void;
  /** The bar takes focus when an action's buttons, disabled once it is done, can't keep it. */
  ref?: Ref<HTMLDivElement>;
}

/** What is selected, the offer to widen it to the whole filter, and what can be done to it. */
export function BulkActionBar({ selection, pageIds, totalMatching, managedByTrust, onSelectAllMatching, onClear, onAction, ref }: Props) {
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
      ref={ref}
      tabIndex={-1}
    >
      <Group gap="sm">
        {none ? (
          <Text size="sm" c="dimmed">
            Tick invitations to resend or cancel them.
            {managedByTrust > 0 && ` ${plural(managedByTrust, "invitation")} here ${managedByTrust === 1 ? "holds" : "hold"} products managed by the trust: only a trust administrator can change ${managedByTrust === 1 ? "it" : "them"}.`}
          </Text>
        ) : selection.kind === "allMatching" ? (
          <Text size="sm" fw={500}>
            All {plural(totalMatching, "invitation")} matching this filter are selected
            {managedByTrust > 0 ? `, leaving out ${managedByTrust.toLocaleString("en-GB")} managed by the trust.` : "."}
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
