import { useQuery } from "@apollo/client/react";
import { Alert, Button, Center, Group, SegmentedControl, Text } from "@mantine/core";
import { IconBuildingCommunity, IconFileDownload, IconFilterOff, IconInfoCircle, IconSend, IconUsers } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useCursorPaging } from "../../features/filters/useCursorPaging";
import { invitationExportHref } from "../../features/invitations/invitationExport";
import { InvitationFilterOptionsQuery } from "../../features/invitations/filterOptions";
import { FilterOptionsError } from "../../features/invitations/FilterOptionsError";
import { InvitationFilterPane } from "../../features/invitations/InvitationFilterPane";
import {
  clearedFilters,
  hasInvitationFilters,
  invitationFilterCodec,
  peopleAtSchool,
  withFilterChange,
  type InvitationView,
} from "../../features/invitations/invitationFilters";
import { useViewer, viewerSchool } from "../../features/session/viewer";
import { PageHeader } from "../../ui/PageHeader";
import { Panel } from "../../ui/Panel";
import { OrganisationView } from "./OrganisationView";
import { PeopleView } from "./PeopleView";

// Where the screen's tests have always found it; the Dashboard shares it from features/.
export { InvitationFilterOptionsQuery };

export function InvitationsPage() {
  const viewer = useViewer();
  const ownSchool = viewerSchool(viewer);
  const paging = useCursorPaging(invitationFilterCodec);
  const { filters } = paging;
  const options = useQuery(InvitationFilterOptionsQuery);
  const filterBy = (patch: Parameters<typeof withFilterChange>[1]) => paging.setFilters(withFilterChange(filters, patch));
  const clear = () => paging.setFilters(clearedFilters(filters));

  return (
    <>
      <PageHeader
        title="Invitations"
        description={
          ownSchool
            ? `Every invitation to ${ownSchool.name}'s staff and where it stands. Filter, then resend or cancel in bulk.`
            : "Every invitation across your trust and where it stands: by school, or person by person. Filter, then resend or cancel in bulk."
        }
        actions={
          <>
            {/* A plain download of what the list shows (rule 12): the same filters, one line per item. */}
            <Button component="a" href={invitationExportHref(filters)} download variant="default" leftSection={<IconFileDownload size={16} aria-hidden />}>
              Export CSV
            </Button>
            <Button component={Link} to="/invite" leftSection={<IconSend size={16} />}>
              New invitation
            </Button>
          </>
        }
      />
      {ownSchool && (
        <Alert variant="light" color="lanyard" icon={<IconInfoCircle size={18} />} mb="md">
          Showing invitations at {ownSchool.name}, your school.
        </Alert>
      )}
      <Group justify="space-between" mb="md" gap="sm">
        <SegmentedControl
          aria-label="View"
          value={filters.view}
          onChange={(view) => filterBy({ view: view as InvitationView })}
          data={[
            { value: "organisation", label: <ViewLabel icon={<IconBuildingCommunity size={16} />} text="Organisation" /> },
            { value: "people", label: <ViewLabel icon={<IconUsers size={16} />} text="People" /> },
          ]}
        />
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {filters.view === "organisation" ? "One row per school: choose one to see its people." : "One row per invitation: choose one for its history."}
          </Text>
          {hasInvitationFilters(filters) && (
            <Button variant="default" size="xs" leftSection={<IconFilterOff size={14} />} onClick={clear}>
              Clear filters
            </Button>
          )}
        </Group>
      </Group>
      {options.error && <FilterOptionsError error={options.error} onRetry={options.refetch} />}
      <Panel>
        <InvitationFilterPane
          filters={filters}
          onChange={filterBy}
          products={(options.data ?? options.previousData)?.products ?? []}
          schoolFilter={!ownSchool}
        />
        {filters.view === "organisation" ? (
          <OrganisationView
            filters={filters}
            onOpenSchool={(schoolId) => paging.setFilters(peopleAtSchool(filters, schoolId))}
            onClearFilters={clear}
          />
        ) : (
          <PeopleView paging={paging} showSchool={!ownSchool} onClearFilters={clear} />
        )}
      </Panel>
    </>
  );
}

function ViewLabel({ icon, text }: { icon: ReactNode; text: string }) {
  return (
    <Center style={{ gap: 8 }} px={4}>
      {icon}
      <span>{text}</span>
    </Center>
  );
}
