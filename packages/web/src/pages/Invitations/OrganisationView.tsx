import { useQuery } from "@apollo/client/react";
import { Group, Text } from "@mantine/core";
import { ListError } from "../../features/api/ListError";
import {
  hasInvitationFilters,
  toInvitationFilterInput,
  type InvitationFilters,
} from "../../features/invitations/invitationFilters";
import { NoInvitationsYet } from "../../features/invitations/NoInvitationsYet";
import { SCHOOL_SUMMARY_COLUMNS, SchoolSummaryTable } from "../../features/invitations/SchoolSummaryTable";
import { graphql } from "../../gql";
import { EmptyState } from "../../ui/EmptyState";
import { plural } from "../../ui/format";
import { TableSkeleton } from "../../ui/TableSkeleton";

export const OrganisationViewQuery = graphql(`
  query InvitationsOrganisationView($filter: InvitationFilter) {
    schoolInvitationSummaries(filter: $filter) {
      school {
        id
      }
      ...SchoolSummaryTable_summary
    }
  }
`);

interface Props {
  filters: InvitationFilters;
  onOpenSchool: (schoolId: string) => void;
  onClearFilters: () => void;
}

/** One row per school: how its invitations stand. */
export function OrganisationView({ filters, onOpenSchool, onClearFilters }: Props) {
  const { data, error, loading, refetch } = useQuery(OrganisationViewQuery, {
    variables: { filter: toInvitationFilterInput(filters) },
  });
  const summaries = data?.schoolInvitationSummaries;

  if (error) return <ListError title="The schools' invitations couldn't be loaded" error={error} onRetry={refetch} />;
  if (loading || !summaries) return <TableSkeleton columns={SCHOOL_SUMMARY_COLUMNS} rows={8} />;
  if (summaries.length === 0) {
    return hasInvitationFilters(filters) ? (
      <EmptyState
        title="No school has invitations matching these filters"
        description="Widen the dates or states, or clear the filters to see every school."
        actionLabel="Clear filters"
        onAction={onClearFilters}
      />
    ) : (
      <NoInvitationsYet description="Invite staff to a product and each school's progress shows up here." />
    );
  }
  return (
    <>
      <SchoolSummaryTable summaries={summaries} onOpenSchool={onOpenSchool} />
      <Group px="md" py="sm" style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}>
        <Text size="sm" c="dimmed">
          {plural(summaries.length, "school")} with invitations{hasInvitationFilters(filters) ? " matching these filters" : ""}
        </Text>
      </Group>
    </>
  );
}
