import { Badge, Stack, Text } from "@mantine/core";
import type { DeliveryState } from "../../gql/graphql";
import { DELIVERY_COLOR, DELIVERY_LABEL } from "../invitations/invitationState";

interface Props {
  delivery: DeliveryState | null | undefined;
  /** Shown in red under a FAILED badge: what the mail server said. */
  lastError?: string | null;
  /** An email that never went: a resend replaced it or its invitation was cancelled first. */
  withdrawn?: boolean;
}

/** Where the email is: queued, handed over, or failed (with why). */
export function DeliveryBadge({ delivery, lastError, withdrawn }: Props) {
  if (withdrawn) {
    return (
      <Stack gap={4} align="flex-start">
        <Badge color="gray" variant="light" tt="none" fw={500} miw="max-content">
          Withdrawn
        </Badge>
        {lastError && (
          <Text size="xs" c="dimmed" lineClamp={2} maw={200} title={lastError}>
            {lastError}
          </Text>
        )}
      </Stack>
    );
  }
  if (!delivery) {
    return (
      <Text size="sm" c="dimmed">
        Not sent
      </Text>
    );
  }
  return (
    <Stack gap={4} align="flex-start">
      <Badge color={DELIVERY_COLOR[delivery]} variant={delivery === "QUEUED" ? "outline" : "light"} tt="none" fw={500} miw="max-content">
        {DELIVERY_LABEL[delivery]}
      </Badge>
      {delivery === "FAILED" && lastError && (
        <Text size="xs" c="red.7" lineClamp={2} maw={200} title={lastError}>
          {lastError}
        </Text>
      )}
    </Stack>
  );
}
