import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { ListError } from "../../features/api/ListError";
import { ConnectionPager } from "../../features/filters/ConnectionPager";
import type { useCursorPaging } from "../../features/filters/useCursorPaging";
import { BulkActionBar } from "../../features/invitations/BulkActionBar";
import { ConfirmBulkAction, type BulkActionRequest } from "../../features/invitations/ConfirmBulkAction";
import { InvitationDrawer } from "../../features/invitations/InvitationDrawer";
import {
  criteriaKey,
  hasInvitationFilters,
  toInvitationFilterInput,
  withFilterChange,
  type InvitationFilters,
} from "../../features/invitations/invitationFilters";
import { InvitationTable, invitationColumns } from "../../features/invitations/InvitationTable";
import { NoInvitationsYet } from "../../features/invitations/NoInvitationsYet";
import {
  NOTHING_SELECTED,
  selectedCount,
  toggleRow,
  togglePage,
  toSelectionInput,
  type Selection,
} from "../../features/invitations/selection";
import { graphql } from "../../gql";
import { EmptyState } from "../../ui/EmptyState";
import { plural } from "../../ui/format";
import { TableSkeleton } from "../../ui/TableSkeleton";
import { useFocusFallback } from "../../ui/useFocusFallback";

export const PeopleViewQuery = graphql(`
  query InvitationsPeopleView($first: Int!, $after: String, $filter: InvitationFilter) {
    invitations(first: $first, after: $after, filter: $filter) {
      totalCount
      manageableCount
      pageInfo {
        ...ConnectionPager_pageInfo
      }
      edges {
        node {
          id
          viewerCanManage
          ...InvitationTable_invitation
        }
      }
    }
  }
`);

interface Props {
  paging: ReturnType<typeof useCursorPaging<InvitationFilters>>;
  showSchool: boolean;
  onClearFilters: () => void;
}

/** One row per invitation: select, resend, cancel, and open one for its details and history. */
export function PeopleView({ paging, showSchool, onClearFilters }: Props) {
  const { filters } = paging;
  const filter = toInvitationFilterInput(filters);
  const { data, error, loading, refetch } = useQuery(PeopleViewQuery, {
    variables: { first: filters.size, after: filters.after, filter },
  });
  const connection = data?.invitations;
  // What can be selected: the rows the viewer may resend or cancel, and "all N matching" counts only those.
  const pageIds = connection?.edges.filter((e) => e.node.viewerCanManage).map((e) => e.node.id) ?? [];

  // A selection belongs to one set of filters: change them and it is gone, page through them and it stays.
  const key = criteriaKey(filters);
  const [held, setHeld] = useState<{ key: string; selection: Selection }>({ key, selection: NOTHING_SELECTED });
  const selection = held.key === key ? held.selection : NOTHING_SELECTED;
  const select = (next: Selection) => setHeld({ key, selection: next });
  const [request, setRequest] = useState<(BulkActionRequest & { fromSelection: boolean }) | null>(null);

  const openDrawer = (open: string | null) => paging.setFiltersOnThisPage({ ...filters, open });
  // Once an action is done, the buttons that started it are disabled (nothing is selected) or gone (a cancelled
  // invitation can't be cancelled again): focus goes to the selection bar, or the drawer's heading, instead.
  const selectionBar = useFocusFallback<HTMLDivElement>();
  const drawerHeading = useFocusFallback<HTMLHeadingElement>();

  return (
    <>
      {error ? (
        <ListError title="Invitations couldn't be loaded" error={error} onRetry={refetch} />
      ) : loading || !connection ? (
        <TableSkeleton columns={invitationColumns(showSchool)} rows={Math.min(filters.size, 10)} />
      ) : connection.edges.length === 0 ? (
        hasInvitationFilters(filters) ? (
          <EmptyState
            title={filters.search ? `No invitations match “${filters.search}”` : "No invitations match these filters"}
            description="Check the spelling, widen the dates or states, or clear the filters to see every invitation."
            actionLabel="Clear filters"
            onAction={onClearFilters}
          />
        ) : (
          <NoInvitationsYet description="Invite staff to a product and every invitation shows up here, with where its email is." />
        )
      ) : (
        <>
          <BulkActionBar
            ref={selectionBar.ref}
            selection={selection}
            pageIds={pageIds}
            totalMatching={connection.manageableCount}
            managedByTrust={connection.totalCount - connection.manageableCount}
            onSelectAllMatching={() => select({ kind: "allMatching" })}
            onClear={() => select(NOTHING_SELECTED)}
            onAction={(kind) =>
              setRequest({
                kind,
                count: selectedCount(selection, connection.manageableCount),
                selection: toSelectionInput(selection, filter),
                byFilter: selection.kind === "allMatching",
                fromSelection: true,
              })
            }
          />
          <InvitationTable
            invitations={connection.edges.map((e) => e.node)}
            showSchool={showSchool}
            selection={selection}
            onToggleRow={(id) => select(toggleRow(selection, id, pageIds))}
            onTogglePage={() => select(togglePage(selection, pageIds))}
            onOpen={openDrawer}
            openId={filters.open}
          />
          <ConnectionPager
            connection={connection}
            paging={paging}
            size={filters.size}
            onSizeChange={(size) => paging.setFilters(withFilterChange(filters, { size }))}
            things={(n) => plural(n, "invitation")}
          />
        </>
      )}
      <InvitationDrawer
        id={filters.open}
        headingRef={drawerHeading.ref}
        onClose={() => openDrawer(null)}
        onAction={(kind, id) =>
          setRequest({ kind, count: 1, selection: { ids: [id] }, byFilter: false, fromSelection: false })
        }
      />
      <ConfirmBulkAction
        request={request}
        onClose={() => setRequest(null)}
        onDone={() => {
          if (request?.fromSelection) select(NOTHING_SELECTED);
        }}
        onClosed={() => (filters.open ? drawerHeading : selectionBar).catchLostFocus()}
      />
    </>
  );
}
