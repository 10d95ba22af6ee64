import { Badge, Group, Table, Text } from "@mantine/core";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { LevelBadge } from "../products/LevelBadge";
import { formatDate } from "../../ui/format";
import { HiddenCaption } from "../../ui/HiddenCaption";
import { sortSubscriptions, STATUS_COLOR, STATUS_LABEL, subscriptionStatus } from "./subscriptionStatus";
import { TableScroll } from "../../ui/TableScroll";

export const SubscriptionsTableFragment = graphql(`
  fragment SubscriptionsTable_subscription on Subscription {
    id
    active
    startsAt
    endsAt
    product {
      id
      code
      name
      level
    }
  }
`);

export const SUBSCRIPTION_COLUMNS = ["Product", "Level", "Starts", "Ends", "Status"];

interface Props {
  subscriptions: readonly FragmentType<typeof SubscriptionsTableFragment>[];
}

export function SubscriptionsTable(props: Props) {
  const subscriptions = sortSubscriptions(getFragmentData(SubscriptionsTableFragment, props.subscriptions));
  return (
    <TableScroll label="Subscriptions" minWidth={640}>
      <Table>
        <HiddenCaption>Subscriptions</HiddenCaption>
        <Table.Thead>
          <Table.Tr>
            {SUBSCRIPTION_COLUMNS.map((c) => (
              <Table.Th key={c}>{c}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subscriptions.map((s) => {
            const status = subscriptionStatus(s);
            return (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Group gap={8} wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {s.product.name}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {s.product.code}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <LevelBadge level={s.product.level} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(s.startsAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={s.endsAt ? undefined : "dimmed"}>
                    {s.endsAt ? formatDate(s.endsAt) : "No end date"}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[status]} variant={status === "active" ? "light" : "outline"}>
                    {STATUS_LABEL[status]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
