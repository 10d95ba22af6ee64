import { ActionIcon, Badge, Box, Group, Popover, Stack, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { sortSubscriptions, STATUS_COLOR, STATUS_LABEL, subscriptionStatus } from "../schools/subscriptionStatus";
import { formatDateRange } from "../../ui/format";
import type { InviteSchool } from "./inviteData";

/** An info button that shows every subscription a school has, with its dates, so a disabled row explains itself. */
export function SchoolSubscriptions({ school }: { school: InviteSchool }) {
  const subscriptions = sortSubscriptions(school.subscriptions);
  return (
    // Clicks stay here (React bubbles them out of the portal too): a row click would tick the school.
    <Box onClick={(e) => e.stopPropagation()}>
      {/* Focus moves into it, so Escape (handled there) closes it and puts focus back on the button. */}
      <Popover width={320} position="bottom-end" withArrow shadow="md" trapFocus returnFocus>
        <Popover.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Subscriptions at ${school.name}`}>
            <IconInfoCircle size={18} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Text size="sm" fw={600} mb="xs">
            {school.name}'s subscriptions
          </Text>
          {subscriptions.length === 0 ? (
            <Text size="sm" c="dimmed">
              None: nothing school-level can be granted here.
            </Text>
          ) : (
            <Stack gap={8}>
              {subscriptions.map((s) => {
                const status = subscriptionStatus(s);
                return (
                  <Group key={s.id} justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                    <Stack gap={0}>
                      <Text size="sm">{s.product.name}</Text>
                      <Text size="xs" c="dimmed">
                        {formatDateRange(s.startsAt, s.endsAt)}
                      </Text>
                    </Stack>
                    <Badge size="sm" variant="light" color={STATUS_COLOR[status]} tt="none" fw={500} style={{ flexShrink: 0 }}>
                      {STATUS_LABEL[status]}
                    </Badge>
                  </Group>
                );
              })}
            </Stack>
          )}
        </Popover.Dropdown>
      </Popover>
    </Box>
  );
}
