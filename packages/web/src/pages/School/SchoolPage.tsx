import { useQuery } from "@apollo/client/react";
import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconPackageOff, IconSchoolOff } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { errorMessage } from "../../features/api/errors";
import { SUBSCRIPTION_COLUMNS, SubscriptionsTable } from "../../features/schools/SubscriptionsTable";
import { graphql } from "../../gql";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { plural } from "../../ui/format";
import { PageHeader } from "../../ui/PageHeader";
import { Panel } from "../../ui/Panel";
import { TableSkeleton } from "../../ui/TableSkeleton";

const SchoolPageQuery = graphql(`
  query SchoolPage($id: ID!) {
    school(id: $id) {
      id
      name
      urn
      phase
      localAuthority
      postcode
      subscriptions {
        id
        active
        ...SubscriptionsTable_subscription
      }
    }
  }
`);

const backLink = (
  <Anchor component={Link} to="/schools" size="sm" c="dimmed">
    <Group gap={4}>
      <IconArrowLeft size={14} />
      Schools & subscriptions
    </Group>
  </Anchor>
);

export function SchoolPage() {
  const { id = "" } = useParams();
  const { data, error, loading, refetch } = useQuery(SchoolPageQuery, { variables: { id } });

  if (error) {
    return (
      <>
        <PageHeader above={backLink} title="School" />
        <ErrorAlert title="This school couldn't be loaded" message={errorMessage(error)} onRetry={() => void refetch()} />
      </>
    );
  }
  if (loading || !data) {
    return (
      <>
        <PageHeader above={backLink} screen="School" title={<Skeleton height={28} width={320} radius="sm" />} />
        <Panel>
          <TableSkeleton columns={SUBSCRIPTION_COLUMNS} rows={4} />
        </Panel>
      </>
    );
  }
  const school = data.school;
  if (!school) {
    // Out of scope and missing look the same, on purpose: ids can't be probed.
    return (
      <>
        <PageHeader above={backLink} title="School not found" />
        <Panel>
          <EmptyState
            icon={<IconSchoolOff size={24} stroke={1.6} />}
            title="There's no school here"
            description="It may have left the trust, or the link may be mistyped. Pick a school from the list instead."
          />
        </Panel>
      </>
    );
  }

  const active = school.subscriptions.filter((s) => s.active).length;
  return (
    <>
      <PageHeader
        above={backLink}
        title={school.name}
        description={`${plural(active, "active subscription")} of ${school.subscriptions.length} on record.`}
      />
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" mb="xl">
        <Fact label="URN" value={<Text ff="monospace">{school.urn}</Text>} />
        <Fact label="Phase" value={school.phase} />
        <Fact label="Local authority" value={school.localAuthority} />
        <Fact label="Postcode" value={school.postcode} />
      </SimpleGrid>
      <Stack gap={4} mb="sm">
        <Title order={2} fz="lg">
          Subscriptions
        </Title>
        <Text size="sm" c="dimmed">
          Staff at this school can be given a school-level product only while its subscription is active.
        </Text>
      </Stack>
      <Panel>
        {school.subscriptions.length === 0 ? (
          <EmptyState
            icon={<IconPackageOff size={24} stroke={1.6} />}
            title="No subscriptions yet"
            description="This school has no subscriptions on record, so its staff can only be given trust-wide products."
          />
        ) : (
          <SubscriptionsTable subscriptions={school.subscriptions} />
        )}
      </Panel>
    </>
  );
}

function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: 0.4 }}>
        {label}
      </Text>
      <Text component="div" fw={500} mt={4}>
        {value ?? <Text c="dimmed">Not recorded</Text>}
      </Text>
    </Paper>
  );
}
