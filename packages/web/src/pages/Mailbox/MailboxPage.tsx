import { useQuery } from "@apollo/client/react";
import { IconInbox } from "@tabler/icons-react";
import { ListError } from "../../features/api/ListError";
import { EmailPreviewDrawer } from "../../features/email/EmailPreviewDrawer";
import { MAILBOX_COLUMNS, MailboxTable } from "../../features/email/MailboxTable";
import { ConnectionPager } from "../../features/filters/ConnectionPager";
import { useCursorPaging } from "../../features/filters/useCursorPaging";
import { graphql } from "../../gql";
import { EmptyState } from "../../ui/EmptyState";
import { plural } from "../../ui/format";
import { PageHeader } from "../../ui/PageHeader";
import { Panel } from "../../ui/Panel";
import { TableSkeleton } from "../../ui/TableSkeleton";
import { mailboxFilterCodec } from "./mailboxFilters";

export const MailboxPageQuery = graphql(`
  query MailboxPage($first: Int!, $after: String) {
    emailMessages(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ConnectionPager_pageInfo
      }
      edges {
        node {
          id
          ...MailboxTable_message
        }
      }
    }
  }
`);

export function MailboxPage() {
  const paging = useCursorPaging(mailboxFilterCodec);
  const { filters } = paging;
  const { data, error, loading, refetch } = useQuery(MailboxPageQuery, {
    variables: { first: filters.size, after: filters.after },
  });
  const connection = data?.emailMessages;
  const open = (id: string | null) => paging.setFiltersOnThisPage({ ...filters, open: id });

  return (
    <>
      <PageHeader
        title="Mailbox"
        description="Every email Lanyard has sent or will send, newest first. Open one to see it as its recipient does. Where no mail server is set up, emails stay here instead of being sent."
      />
      <Panel>
        {error ? (
          <ListError title="The mailbox couldn't be loaded" error={error} onRetry={refetch} />
        ) : loading || !connection ? (
          <TableSkeleton columns={MAILBOX_COLUMNS} rows={Math.min(filters.size, 10)} />
        ) : connection.edges.length === 0 ? (
          <EmptyState
            icon={<IconInbox size={24} stroke={1.6} />}
            title={filters.after ? "No more emails" : "No emails yet"}
            description="Invitations, reminders and access-granted emails appear here as soon as they are queued."
            {...(filters.after ? { actionLabel: "Back to the newest", onAction: () => paging.setFilters({ ...filters, after: null }) } : {})}
          />
        ) : (
          <>
            <MailboxTable messages={connection.edges.map((e) => e.node)} onOpen={open} openId={filters.open} />
            <ConnectionPager
              connection={connection}
              paging={paging}
              size={filters.size}
              onSizeChange={(size) => paging.setFilters({ ...filters, size, after: null })}
              things={(n) => plural(n, "email")}
            />
          </>
        )}
      </Panel>
      <EmailPreviewDrawer id={filters.open} onClose={() => open(null)} />
    </>
  );
}
