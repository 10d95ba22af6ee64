import { useQuery } from "@apollo/client/react";
import { Anchor, Table, Text, Title } from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import { useId } from "react";
import { Link } from "react-router";
import { ListError } from "../api/ListError";
import { ConnectionPager } from "../filters/ConnectionPager";
import { PAGE_SIZES, type PageSize } from "../filters/paging";
import { buildParams, readChoice, readId } from "../filters/searchParams";
import { useCursorPaging } from "../filters/useCursorPaging";
import { ColumnHeaders } from "../../ui/ColumnHeaders";
import { DateTimeText } from "../../ui/DateTimeText";
import { EmptyState } from "../../ui/EmptyState";
import { plural } from "../../ui/format";
import { Panel } from "../../ui/Panel";
import { TableScroll } from "../../ui/TableScroll";
import { TableSkeleton } from "../../ui/TableSkeleton";
import { ImportStatusBadge } from "./ImportStatusBadge";
import { IMPORT_KIND_LABEL } from "./importStatus";
import { ImportHistoryQuery } from "./operations";

export const HISTORY_COLUMNS = ["Uploaded", "File", "Uploaded by", "Kind", "Status", "Rows", "Problems"];

export interface HistoryFilters {
  size: PageSize;
  after: string | null;
}

const DEFAULT_HISTORY: HistoryFilters = { size: 25, after: null };

export const historyFilterCodec = {
  parse(params: URLSearchParams): HistoryFilters {
    return { size: readChoice(params, "size", PAGE_SIZES, DEFAULT_HISTORY.size), after: readId(params, "after") };
  },
  serialise(f: HistoryFilters): URLSearchParams {
    return buildParams({ size: f.size, after: f.after }, { size: DEFAULT_HISTORY.size });
  },
};

/** Every import of the trust (a school admin: of their school), newest first; each opens its status. */
export function ImportHistory() {
  const headingId = useId();
  const paging = useCursorPaging(historyFilterCodec);
  const { filters } = paging;
  const { data, error, loading, refetch } = useQuery(ImportHistoryQuery, {
    variables: { first: filters.size, after: filters.after },
    fetchPolicy: "cache-and-network",
  });
  const connection = data?.imports;

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} fz="lg" id={headingId} mb="sm">
        Import history
      </Title>
      <Panel>
        {error ? (
          <ListError title="The import history couldn't be loaded" error={error} onRetry={refetch} />
        ) : (loading && !connection) || !connection ? (
          <TableSkeleton columns={HISTORY_COLUMNS} rows={5} />
        ) : connection.edges.length === 0 ? (
          <EmptyState
            icon={<IconHistory size={24} stroke={1.6} />}
            title={filters.after ? "No more imports" : "No imports yet"}
            description="Each file you upload is listed here with what became of it."
            {...(filters.after ? { actionLabel: "Back to the newest", onAction: () => paging.setFilters({ ...filters, after: null }) } : {})}
          />
        ) : (
          <>
            <TableScroll label="Imports, newest first" minWidth={880}>
              <Table highlightOnHover horizontalSpacing="sm" verticalSpacing="xs">
                <ColumnHeaders columns={HISTORY_COLUMNS} />
                <Table.Tbody>
                  {connection.edges.map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Td>
                        <DateTimeText iso={node.createdAt} />
                      </Table.Td>
                      <Table.Td maw={320} style={{ overflowWrap: "anywhere" }}>
                        <Anchor component={Link} to={`/imports/${encodeURIComponent(node.id)}`} size="sm" fw={600}>
                          {node.filename}
                        </Anchor>
                      </Table.Td>
                      <Table.Td maw={240} style={{ overflowWrap: "anywhere" }}>
                        {node.uploadedBy ? (
                          <Text size="sm">{node.uploadedBy}</Text>
                        ) : (
                          <Text size="sm" c="dimmed">
                            Not recorded
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{IMPORT_KIND_LABEL[node.kind]}</Text>
                      </Table.Td>
                      <Table.Td>
                        <ImportStatusBadge status={node.status} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{node.rowCount.toLocaleString("en-GB")}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={node.errorCount > 0 ? "red.8" : undefined}>
                          {node.errorCount.toLocaleString("en-GB")}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <ConnectionPager
              connection={connection}
              paging={paging}
              size={filters.size}
              onSizeChange={(size) => paging.setFilters({ ...filters, size, after: null })}
              things={(n) => plural(n, "import")}
            />
          </>
        )}
      </Panel>
    </section>
  );
}
