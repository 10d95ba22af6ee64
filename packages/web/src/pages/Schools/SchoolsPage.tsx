import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Text } from "@mantine/core";
import { IconInfoCircle, IconSchool } from "@tabler/icons-react";
import { SCHOOL_PHASES } from "@lanyard/shared";
import { ListError } from "../../features/api/ListError";
import { FilterSelect, namedOptions } from "../../features/filters/FilterSelect";
import { SearchInput } from "../../features/filters/SearchInput";
import { useUrlFilters } from "../../features/filters/useUrlFilters";
import { SCHOOL_COLUMNS, SchoolsTable } from "../../features/schools/SchoolsTable";
import { SubscriptionLegend } from "../../features/schools/SubscriptionBadges";
import { useViewer, viewerSchool } from "../../features/session/viewer";
import { graphql } from "../../gql";
import { EmptyState } from "../../ui/EmptyState";
import { FilterBar } from "../../ui/FilterBar";
import { plural } from "../../ui/format";
import { PageHeader } from "../../ui/PageHeader";
import { Panel } from "../../ui/Panel";
import { TableSkeleton } from "../../ui/TableSkeleton";
import {
  EMPTY_SCHOOL_FILTERS,
  hasSchoolFilters,
  schoolFilterCodec,
  toSchoolFilterInput,
  type SchoolFilters,
} from "./schoolFilters";

const PAGE_SIZE = 25;

const SchoolsPageQuery = graphql(`
  query SchoolsPage($first: Int!, $after: String, $filter: SchoolFilter) {
    products {
      id
      name
      level
    }
    schools(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...SchoolsTable_school
        }
      }
    }
  }
`);

export function SchoolsPage() {
  const viewer = useViewer();
  const ownSchool = viewerSchool(viewer);
  const { filters, setFilters } = useUrlFilters(schoolFilterCodec);
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useQuery(SchoolsPageQuery, {
    variables: { first: PAGE_SIZE, filter: toSchoolFilterInput(filters) },
    notifyOnNetworkStatusChange: true,
  });
  // Keep the filter options steady while a new filter loads.
  // Schools subscribe to school-level products; trust-level ones belong to the trust as a whole.
  const products = ((data ?? previousData)?.products ?? []).filter((p) => p.level === "SCHOOL");
  const update = (patch: Partial<SchoolFilters>) => setFilters({ ...filters, ...patch });
  const connection = data?.schools;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return (
    <>
      <PageHeader
        title="Schools & subscriptions"
        description="Every school in the trust and the products it subscribes to. Staff can only be given a school-level product where their school has an active subscription."
      />
      {ownSchool && (
        <Alert variant="light" color="lanyard" icon={<IconInfoCircle size={18} />} mb="md">
          You're a school admin, so you see {ownSchool.name} only.
        </Alert>
      )}
      <Panel>
        <FilterBar>
          <SearchInput
            label="Search"
            placeholder="School name, URN or postcode"
            value={filters.search}
            onChange={(search) => update({ search })}
          />
          <FilterSelect
            label="Phase"
            noun="phase"
            placeholder="All phases"
            data={[...SCHOOL_PHASES]}
            value={filters.phase}
            onChange={(phase) => update({ phase })}
            width={200}
          />
          <FilterSelect
            label="Subscribed to"
            noun="product"
            placeholder="Any product"
            data={namedOptions(products)}
            value={filters.product}
            onChange={(product) => update({ product })}
            searchable
            width={240}
          />
        </FilterBar>

        {error ? (
          <ListError title="Schools couldn't be loaded" error={error} onRetry={refetch} />
        ) : !connection || (loading && !loadingMore) ? (
          <TableSkeleton columns={SCHOOL_COLUMNS} />
        ) : connection.edges.length === 0 ? (
          hasSchoolFilters(filters) ? (
            <EmptyState
              title={filters.search ? `No schools match “${filters.search}”` : "No schools match these filters"}
              description="Try a different name, URN or postcode, or clear the filters to see every school."
              actionLabel="Clear filters"
              onAction={() => setFilters(EMPTY_SCHOOL_FILTERS)}
            />
          ) : (
            <EmptyState
              icon={<IconSchool size={24} stroke={1.6} />}
              title="No schools yet"
              description="Schools appear here once they are added to the trust."
            />
          )
        ) : (
          <>
            <SchoolsTable schools={connection.edges.map((e) => e.node)} />
            <Group justify="space-between" px="md" py="sm" style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}>
              <Group gap="lg">
                <Text size="sm" c="dimmed">
                  Showing {connection.edges.length.toLocaleString("en-GB")} of {plural(connection.totalCount, "school")}
                </Text>
                <SubscriptionLegend />
              </Group>
              {connection.pageInfo.hasNextPage && (
                <Button
                  variant="default"
                  size="xs"
                  loading={loadingMore}
                  onClick={() =>
                    void fetchMore({
                      variables: { after: connection.pageInfo.endCursor },
                      // Append the next page to what is on screen.
                      updateQuery: (previous, { fetchMoreResult }) => ({
                        ...fetchMoreResult,
                        schools: {
                          ...fetchMoreResult.schools,
                          edges: [...(previous.schools?.edges ?? []), ...fetchMoreResult.schools.edges],
                        },
                      }),
                    })
                  }
                >
                  Load more schools
                </Button>
              )}
            </Group>
          </>
        )}
      </Panel>
    </>
  );
}
