import { Badge, Group, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { formatDateRange } from "../../ui/format";
import { sortSubscriptions, STATUS_COLOR, STATUS_LABEL, subscriptionStatus } from "./subscriptionStatus";

export const SubscriptionBadgesFragment = graphql(`
  fragment SubscriptionBadges_subscription on Subscription {
    id
    active
    startsAt
    endsAt
    product {
      id
      name
    }
  }
`);

interface Props {
  subscriptions: readonly FragmentType<typeof SubscriptionBadgesFragment>[];
}

/** One badge per subscription: green while active, grey once ended; dates in the tooltip. */
export function SubscriptionBadges(props: Props) {
  const subscriptions = sortSubscriptions(getFragmentData(SubscriptionBadgesFragment, props.subscriptions));
  if (subscriptions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No subscriptions
      </Text>
    );
  }
  return (
    <Group gap={6}>
      {subscriptions.map((s) => {
        const status = subscriptionStatus(s);
        return (
          <Tooltip key={s.id} label={`${STATUS_LABEL[status]} · ${formatDateRange(s.startsAt, s.endsAt)}`} withArrow>
            <Badge
              color={STATUS_COLOR[status]}
              variant={status === "active" ? "light" : "outline"}
              tt="none"
              fw={500}
              leftSection={<StatusDot color={STATUS_COLOR[status]} />}
            >
              {s.product.name}
              <VisuallyHidden> ({STATUS_LABEL[status].toLowerCase()})</VisuallyHidden>
            </Badge>
          </Tooltip>
        );
      })}
    </Group>
  );
}

function StatusDot({ color }: { color: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: "inline-block",
        width: 6,
        height: 6,
        borderRadius: 3,
        background: `var(--mantine-color-${color}-6)`,
      }}
    />
  );
}

/** Explains the badge colours once, under the table. */
export function SubscriptionLegend() {
  return (
    <Group gap="md" visibleFrom="sm">
      {(["active", "upcoming", "ended"] as const).map((status) => (
        <Group key={status} gap={6}>
          <StatusDot color={STATUS_COLOR[status]} />
          <Text size="xs" c="dimmed">
            {STATUS_LABEL[status]}
          </Text>
        </Group>
      ))}
      <Text size="xs" c="dimmed">
        Hover a subscription for its dates.
      </Text>
    </Group>
  );
}
