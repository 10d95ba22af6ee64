import { Table } from "@mantine/core";
import type { ReactNode } from "react";
import { visuallyHidden } from "./visuallyHidden";

/** A table's name for screen readers (they say it on entering the table), where no heading just above says what it lists. */
export function HiddenCaption({ children }: { children: ReactNode }) {
  return <Table.Caption style={visuallyHidden}>{children}</Table.Caption>;
}
