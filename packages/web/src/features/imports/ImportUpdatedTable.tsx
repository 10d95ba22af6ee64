import { useQuery } from "@apollo/client/react";
import { Code, Table, Text } from "@mantine/core";
import { useState } from "react";
import { ColumnHeaders } from "../../ui/ColumnHeaders";
import { HiddenCaption } from "../../ui/HiddenCaption";
import { TableScroll } from "../../ui/TableScroll";
import { TableSkeleton } from "../../ui/TableSkeleton";
import { ListError } from "../api/ListError";
import { errorsPage, errorsPageCount, rowLabel, updatedPageSummary } from "./errorPages";
import { ImportRowsPager } from "./ImportRowsPager";
import { ImportUpdatedRowsQuery } from "./operations";
import type { ImportKind } from "../../gql/graphql";

export const UPDATED_COLUMNS = { INVITATIONS: ["Row", "Person", "Product", "School", "What changes"], STAFF: ["Row", "Person", "School", "What changes"] } as const;

interface Props {
  importId: string;
  kind: ImportKind;
  updateCount: number;
  filename: string;
}

/** "role, expiry" as "Role, expiry". */
const changedText = (changed: readonly string[]) => {
  const text = changed.join(", ");
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : "";
};

/** The rows approving changes, a page at a time: where each is in the file, who and what it names, and what changes. */
export function ImportUpdatedTable({ importId, kind, updateCount, filename }: Props) {
  const [pageIndex, setPageIndex] = useState(0);
  const page = errorsPage(pageIndex);
  const pages = errorsPageCount(updateCount);
  const columns = [...UPDATED_COLUMNS[kind === "STAFF" ? "STAFF" : "INVITATIONS"]];
  const { data, previousData, error, loading, refetch } = useQuery(ImportUpdatedRowsQuery, {
    variables: { id: importId, first: page.first, after: page.after },
  });
  const updated = (data ?? previousData)?.import?.updatedRows;

  if (error) return <ListError title="The rows to update couldn't be loaded" error={error} onRetry={refetch} />;
  if (!updated) return <TableSkeleton columns={columns} rows={Math.min(updateCount, 10)} />;

  return (
    <div aria-busy={loading}>
      <TableScroll label="Rows that approving changes" minWidth={640}>
        <Table verticalSpacing="sm" horizontalSpacing="sm" striped>
          <HiddenCaption>
            Rows to update in {filename}, {updatedPageSummary(pageIndex, updated.length, updateCount).toLowerCase()}
          </HiddenCaption>
          <ColumnHeaders columns={columns} />
          <Table.Tbody>
            {updated.map((u, i) => (
              <Table.Tr key={`${page.index}-${i}`}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <Text size="sm" fw={600}>
                    {rowLabel(u.row)}
                  </Text>
                </Table.Td>
                <Table.Td maw={260} style={{ overflowWrap: "anywhere" }}>
                  <Text size="sm">{u.email}</Text>
                </Table.Td>
                {kind !== "STAFF" && (
                  <Table.Td>
                    {u.productCode ? (
                      <Code>{u.productCode}</Code>
                    ) : (
                      <Text size="sm" c="dimmed">
                        (none)
                      </Text>
                    )}
                  </Table.Td>
                )}
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {u.schoolUrn ? (
                    <Text size="sm">URN {u.schoolUrn}</Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Whole trust
                    </Text>
                  )}
                </Table.Td>
                <Table.Td miw={200}>
                  <Text size="sm">{changedText(u.changed)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ImportRowsPager
        summary={updatedPageSummary(pageIndex, updated.length, updateCount)}
        things="rows to update"
        pageIndex={pageIndex}
        pages={pages}
        loading={loading}
        onPage={setPageIndex}
      />
    </div>
  );
}
