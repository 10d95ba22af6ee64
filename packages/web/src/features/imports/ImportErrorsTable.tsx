import { useQuery } from "@apollo/client/react";
import { Code, Table, Text } from "@mantine/core";
import { useState } from "react";
import { ColumnHeaders } from "../../ui/ColumnHeaders";
import { HiddenCaption } from "../../ui/HiddenCaption";
import { TableScroll } from "../../ui/TableScroll";
import { TableSkeleton } from "../../ui/TableSkeleton";
import { ListError } from "../api/ListError";
import { errorsPage, errorsPageCount, errorsPageSummary, rowLabel } from "./errorPages";
import { ImportRowsPager } from "./ImportRowsPager";
import { ImportErrorsQuery } from "./operations";

export const ERROR_COLUMNS = ["Row", "Column", "Value", "How to fix it"];

interface Props {
  importId: string;
  errorCount: number;
  filename: string;
}

/** Every problem in an invalid file, a page at a time: where it is (row, column), what is there, and how to fix it. */
export function ImportErrorsTable({ importId, errorCount, filename }: Props) {
  const [pageIndex, setPageIndex] = useState(0);
  const page = errorsPage(pageIndex);
  const pages = errorsPageCount(errorCount);
  const { data, previousData, error, loading, refetch } = useQuery(ImportErrorsQuery, {
    variables: { id: importId, first: page.first, after: page.after },
  });
  // While the next page loads, the last one stays (no jump); the table is marked busy.
  const errors = (data ?? previousData)?.import?.errors;

  if (error) return <ListError title="The problems couldn't be loaded" error={error} onRetry={refetch} />;
  if (!errors) return <TableSkeleton columns={ERROR_COLUMNS} rows={Math.min(errorCount, 10)} />;

  return (
    <div aria-busy={loading}>
      <TableScroll label="Problems in the file" minWidth={720}>
        <Table verticalSpacing="sm" horizontalSpacing="sm" striped>
          <HiddenCaption>
            Problems in {filename}, {errorsPageSummary(pageIndex, errors.length, errorCount).toLowerCase()}
          </HiddenCaption>
          <ColumnHeaders columns={ERROR_COLUMNS} />
          <Table.Tbody>
            {errors.map((e, i) => (
              <Table.Tr key={`${page.index}-${i}`}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <Text size="sm" fw={600}>
                    {rowLabel(e.row)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {e.column ? (
                    <Code>{e.column}</Code>
                  ) : (
                    <Text size="sm" c="dimmed">
                      The whole row
                    </Text>
                  )}
                </Table.Td>
                <Table.Td maw={240} style={{ overflowWrap: "anywhere" }}>
                  {e.value ? (
                    <Text size="sm" ff="monospace">
                      {e.value}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      (empty)
                    </Text>
                  )}
                </Table.Td>
                <Table.Td miw={280}>
                  <Text size="sm">{e.message}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ImportRowsPager summary={errorsPageSummary(pageIndex, errors.length, errorCount)} things="problems" pageIndex={pageIndex} pages={pages} loading={loading} onPage={setPageIndex} />
    </div>
  );
}
