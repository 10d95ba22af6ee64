import { useQuery } from "@apollo/client/react";
import { Alert } from "@mantine/core";
import { IconInfoCircle, IconUsers } from "@tabler/icons-react";
import { ListError } from "../../features/api/ListError";
import { ConnectionPager } from "../../features/filters/ConnectionPager";
import { SearchInput } from "../../features/filters/SearchInput";
import { useCursorPaging } from "../../features/filters/useCursorPaging";
import { SchoolPicker, useSchool } from "../../features/schools/SchoolPicker";
import { useViewer, viewerSchool } from "../../features/session/viewer";
import { StaffTable, staffColumns } from "../../features/staff/StaffTable";
import { graphql } from "../../gql";
import { EmptyState } from "../../ui/EmptyState";
import { FilterBar } from "../../ui/FilterBar";
import { plural } from "../../ui/format";
import { PageHeader } from "../../ui/PageHeader";
import { Panel } from "../../ui/Panel";
import { TableSkeleton } from "../../ui/TableSkeleton";
import {
  DEFAULT_STAFF_FILTERS,
  hasStaffFilters,
  staffFilterCodec,
  toStaffFilterInput,
  withFilterChange,
} from "./staffFilters";

export const StaffPageQuery = graphql(`
  query StaffPage($first: Int!, $after: String, $filter: StaffFilter) {
    staff(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...ConnectionPager_pageInfo
      }
      edges {
        node {
          id
          ...StaffTable_staff
        }
      }
    }
  }
`);

export function StaffPage() {
  const viewer = useViewer();
  const ownSchool = viewerSchool(viewer);
  const paging = useCursorPaging(staffFilterCodec);
  const { filters, setFilters } = paging;
  const { data, error, loading, refetch } = useQuery(StaffPageQuery, {
    variables: {
      first: filters.size,
      after: filters.after,
      filter: toStaffFilterInput(filters),
    },
  });
  // The picker reads the same school: one request serves both.
  const school = useSchool(ownSchool ? null : filters.school);
  const connection = data?.staff;
  const filterBy = (patch: Parameters<typeof withFilterChange>[1]) => setFilters(withFilterChange(filters, patch));
  const searchLabel = filters.search ? `“${filters.search}”` : "these filters";
  const schoolName = school?.name;

  return (
    <>
      <PageHeader
        title="Staff roster"
        description={
          ownSchool
            ? `Everyone on ${ownSchool.name}'s roster, as synced from your MIS. Registered people already have a Lanyard account.`
            : "Everyone on your schools' rosters, as synced from each school's MIS. Registered people already have a Lanyard account."
        }
      />
      {ownSchool && (
        <Alert variant="light" color="lanyard" icon={<IconInfoCircle size={18} />} mb="md">
          Showing staff at {ownSchool.name}, your school.
        </Alert>
      )}
      <Panel>
        <FilterBar>
          <SearchInput
            label="Search"
            placeholder="Name or email"
            value={filters.search}
            onChange={(search) => filterBy({ search })}
          />
          {!ownSchool && <SchoolPicker value={filters.school} onChange={(school) => filterBy({ school })} />}
        </FilterBar>

        {error ? (
          <ListError title="The roster couldn't be loaded" error={error} onRetry={refetch} />
        ) : loading || !connection ? (
          <TableSkeleton columns={staffColumns(!ownSchool)} rows={Math.min(filters.size, 10)} />
        ) : connection.edges.length === 0 ? (
          hasStaffFilters(filters) ? (
            <EmptyState
              title={
                filters.search
                  ? `No staff match ${searchLabel}${schoolName ? ` at ${schoolName}` : ""}`
                  : `No staff at ${schoolName ?? "this school"} yet`
              }
              description="Check the spelling, search by email instead, or clear the filters to see the whole roster."
              actionLabel="Clear filters"
              onAction={() => setFilters({ ...DEFAULT_STAFF_FILTERS, size: filters.size })}
            />
          ) : (
            <EmptyState
              icon={<IconUsers size={24} stroke={1.6} />}
              title="No staff on the roster yet"
              description="Staff arrive overnight from each school's MIS sync, or from a staff CSV import."
            />
          )
        ) : (
          <>
            <StaffTable staff={connection.edges.map((e) => e.node)} showSchool={!ownSchool} />
            <ConnectionPager
              connection={connection}
              paging={paging}
              size={filters.size}
              onSizeChange={(size) => filterBy({ size })}
              things={(n) => plural(n, "staff", "staff")}
            />
          </>
        )}
      </Panel>
    </>
  );
}
