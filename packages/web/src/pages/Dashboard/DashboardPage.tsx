import { useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Skeleton, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconFilterOff, IconInfoCircle, IconListDetails } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { ListError } from "../../features/api/ListError";
import { useUrlFilters } from "../../features/filters/useUrlFilters";
import { InvitationFilterOptionsQuery } from "../../features/invitations/filterOptions";
import { FilterOptionsError } from "../../features/invitations/FilterOptionsError";
import { InvitationFilterPane } from "../../features/invitations/InvitationFilterPane";
import { hasInvitationFilters, toInvitationFilterInput } from "../../features/invitations/invitationFilters";
import { NoInvitationsYet } from "../../features/invitations/NoInvitationsYet";
import { useViewer, viewerSchool } from "../../features/session/viewer";
import { graphql } from "../../gql";
import { EmptyState } from "../../ui/EmptyState";
import { PageHeader } from "../../ui/PageHeader";
import { Panel } from "../../ui/Panel";
import { DashboardCharts } from "./DashboardCharts";
import {
  asInvitationFilters,
  dashboardFilterCodec,
  invitationsHref,
  withCriteriaChange,
  withoutCriteria,
  type DashboardFilters,
} from "./dashboardFilters";
import { HeadlineNumbers } from "./HeadlineNumbers";
import { timeWindow, utcDay, windowArgs } from "./statsRows";

export const DashboardQuery = graphql(`
  query Dashboard($filter: InvitationFilter, $from: DateTime, $to: DateTime, $failed: InvitationFilter, $countFailed: Boolean!) {
    invitationStats(filter: $filter, from: $from, to: $to) {
      total
      ...HeadlineNumbers_stats
      ...DashboardCharts_stats
    }
    failed: invitations(first: 1, filter: $failed) @include(if: $countFailed) {
      totalCount
    }
  }
`);

/** The variables for the Dashboard's query: the list's filter, the time graph's days, and the delivery failures among them. */
export function dashboardVariables(f: DashboardFilters, today: string) {
  const filter = toInvitationFilterInput(asInvitationFilters(f.criteria));
  const window = timeWindow(f.criteria, f.by, today);
  // Filtered to another delivery state, no failure is among them: nothing to ask.
  const countFailed = f.criteria.delivery === null || f.criteria.delivery === "FAILED";
  return {
    window,
    variables: {
      filter,
      ...(window ? windowArgs(window) : {}),
      failed: { ...filter, delivery: "FAILED" as const },
      countFailed,
    },
  };
}

export function DashboardPage() {
  const viewer = useViewer();
  const ownSchool = viewerSchool(viewer);
  const { filters, setFilters } = useUrlFilters(dashboardFilterCodec);
  // One "today" per visit: the query's variables stay put while the screen is open.
  const [today] = useState(() => utcDay(new Date()));
  const { window, variables } = dashboardVariables(filters, today);
  const options = useQuery(InvitationFilterOptionsQuery);
  const { data, previousData, error, loading, refetch } = useQuery(DashboardQuery, { variables });
  // While new filters load, the last numbers stay on screen (marked busy) rather than blinking away.
  const shown = data ?? previousData;
  const filtered = hasInvitationFilters(asInvitationFilters(filters.criteria));
  const clear = () => setFilters(withoutCriteria(filters));

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={
          ownSchool
            ? `How invitations to ${ownSchool.name}'s staff are taken up: by state, over time and by product. Choose a bar or a number to see the people behind it.`
            : "How invitations across your trust are taken up: by state, over time, by school and by product. Choose a bar or a number to see the people behind it."
        }
        actions={
          <Button component={Link} to={invitationsHref(filters.criteria)} variant="default" leftSection={<IconListDetails size={16} aria-hidden />}>
            See these invitations
          </Button>
        }
      />
      {ownSchool && (
        <Alert variant="light" color="lanyard" icon={<IconInfoCircle size={18} />} mb="md">
          Showing invitations at {ownSchool.name}, your school.
        </Alert>
      )}
      {options.error && <FilterOptionsError error={options.error} onRetry={options.refetch} />}
      <Panel mb="lg">
        <InvitationFilterPane
          filters={asInvitationFilters(filters.criteria)}
          onChange={(patch) => setFilters(withCriteriaChange(filters, patch))}
          products={(options.data ?? options.previousData)?.products ?? []}
          schoolFilter={!ownSchool}
        />
        <Group justify="space-between" px="md" py="sm" gap="sm">
          <Text size="sm" c="dimmed">
            {filtered ? "Every number and graph counts the invitations matching these filters." : "Every number and graph counts all invitations."}
          </Text>
          {filtered && (
            <Button variant="default" size="xs" leftSection={<IconFilterOff size={14} />} onClick={clear}>
              Clear filters
            </Button>
          )}
        </Group>
      </Panel>

      {error ? (
        <Panel>
          <ListError title="The dashboard's numbers couldn't be loaded" error={error} onRetry={refetch} />
        </Panel>
      ) : !shown ? (
        <DashboardSkeleton />
      ) : shown.invitationStats.total === 0 ? (
        <Panel>
          {filtered ? (
            <EmptyState
              title="No invitations match these filters"
              description="Widen the dates or states, or clear the filters to see every invitation."
              actionLabel="Clear filters"
              onAction={clear}
            />
          ) : (
            <NoInvitationsYet description="Invite staff to a product and how they take it up shows here." />
          )}
        </Panel>
      ) : (
        <Stack gap="lg" aria-busy={loading ? "true" : undefined}>
          <HeadlineNumbers
            stats={shown.invitationStats}
            criteria={filters.criteria}
            deliveryFailures={variables.countFailed ? (shown.failed?.totalCount ?? null) : 0}
          />
          <DashboardCharts
            stats={shown.invitationStats}
            criteria={filters.criteria}
            by={filters.by}
            onStep={(by) => setFilters({ ...filters, by })}
            window={window}
            bySchool={!ownSchool}
          />
        </Stack>
      )}
    </>
  );
}

function DashboardSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading the dashboard">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="md">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} height={112} radius="md" />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} height={320} radius="md" />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
