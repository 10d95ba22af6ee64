import { Stack, Text } from "@mantine/core";
import dayjs from "dayjs";

/** A moment as two short lines (date, then time), so date columns stay narrow in wide tables. */
export function DateTimeText({
  iso,
  empty = "—",
  prefix = "",
  dimmed = false,
}: {
  iso: string | null | undefined;
  empty?: string;
  /** e.g. "Due " for a time still to come. */
  prefix?: string;
  dimmed?: boolean;
}) {
  if (!iso) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  const at = dayjs(iso);
  return (
    <Stack gap={0}>
      <Text size="sm" c={dimmed ? "dimmed" : undefined} style={{ whiteSpace: "nowrap" }}>
        {prefix}
        {at.format("D MMM YYYY")}
      </Text>
      <Text size="xs" c="dimmed">
        {at.format("HH:mm")}
      </Text>
    </Stack>
  );
}
