import { Table } from "@mantine/core";
import type { ReactNode } from "react";

interface Props {
  columns: readonly string[];
  /** A header cell before the named ones, e.g. a select-all tick. */
  first?: ReactNode;
}

/** A list table's header row; each column's name stays on one line, however narrow the screen. */
export function ColumnHeaders({ columns, first }: Props) {
  return (
    <Table.Thead>
      <Table.Tr>
        {first}
        {columns.map((c) => (
          <Table.Th key={c} style={{ whiteSpace: "nowrap" }}>
            {c}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
