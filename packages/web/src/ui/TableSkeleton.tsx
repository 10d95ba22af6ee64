import { Skeleton, Table } from "@mantine/core";

interface Props {
  columns: string[];
  rows?: number;
}

/** A table's header with shimmering rows, so the page doesn't jump when data arrives. */
export function TableSkeleton({ columns, rows = 8 }: Props) {
  return (
    <Table aria-busy="true" aria-label="Loading">
      <Table.Thead>
        <Table.Tr>
          {columns.map((c) => (
            <Table.Th key={c}>{c}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {Array.from({ length: rows }, (_, r) => (
          <Table.Tr key={r}>
            {columns.map((c, i) => (
              <Table.Td key={c}>
                <Skeleton height={12} radius="sm" width={`${55 + ((r * 7 + i * 13) % 40)}%`} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
