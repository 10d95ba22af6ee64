import { useQuery } from "@apollo/client/react";
import { Code, Table, Text } from "@mantine/core";
import { useState } from "react";
import { ColumnHeaders } from "../../ui/ColumnHeaders";
import { HiddenCaption } from "../../ui/HiddenCaption";
import { TableScroll } from "../../ui/TableScroll";
import { TableSkeleton } from "../../ui/TableSkeleton";
import { ListError } from "../api/ListError";
import { errorsPage, errorsPageCount, rowLabel, skippedPageSummary } from "./errorPages";
import { ImportRowsPager } from "./ImportRowsPager";
import { ImportSkippedRowsQuery } from "./operations";

export const SKIPPED_COLUMNS = ["Row", "Person", "Product", "School", "Reason"];

interface Props {
  importId: string;
  skippedCount: number;
  filename: string;
}

/**
 * The rows approving leaves out, a page at a time: where each is in the file, who and what it names,
 * and why it is skipped (the same reasons as a bulk invite's dry run).
 */
export function ImportSkippedTable({ importId, skippedCount, filename }: Props) {
  const [pageIndex, setPageIndex] = useState(0);
  const page = errorsPage(pageIndex);
  const pages = errorsPageCount(skippedCount);
  const { data, previousData, error, loading, refetch } = useQuery(ImportSkippedRowsQuery, {
    variables: { id: importId, first: page.first, after: page.after },
  });
  // While the next page loads, the last one stays (no jump); the table is marked busy.
  const skipped = (data ?? previousData)?.import?.skippedRows;

  if (error) return <ListError title="The skipped rows couldn't be loaded" error={error} onRetry={refetch} />;
  if (!skipped) return <TableSkeleton columns={SKIPPED_COLUMNS} rows={Math.min(skippedCount, 10)} />;

  return (
    <div aria-busy={loading}>
      <TableScroll label="Rows that approving skips" minWidth={720}>
        <Table verticalSpacing="sm" horizontalSpacing="sm" striped>
          <HiddenCaption>
            Rows skipped in {filename}, {skippedPageSummary(pageIndex, skipped.length, skippedCount).toLowerCase()}
          </HiddenCaption>
          <ColumnHeaders columns={SKIPPED_COLUMNS} />
          <Table.Tbody>
            {skipped.map((s, i) => (
              <Table.Tr key={`${page.index}-${i}`}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <Text size="sm" fw={600}>
                    {rowLabel(s.row)}
                  </Text>
                </Table.Td>
                <Table.Td maw={260} style={{ overflowWrap: "anywhere" }}>
                  <Text size="sm">{s.email}</Text>
                </Table.Td>
                <Table.Td>
                  {s.productCode ? (
                    <Code>{s.productCode}</Code>
                  ) : (
                    <Text size="sm" c="dimmed">
                      (none)
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {s.schoolUrn ? (
                    <Text size="sm">URN {s.schoolUrn}</Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Whole trust
                    </Text>
                  )}
                </Table.Td>
                <Table.Td miw={280}>
                  <Text size="sm">{s.message}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {s.reason}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ImportRowsPager summary={skippedPageSummary(pageIndex, skipped.length, skippedCount)} things="skipped rows" pageIndex={pageIndex} pages={pages} loading={loading} onPage={setPageIndex} />
    </div>
  );
}
