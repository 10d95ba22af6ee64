import { Paper, type PaperProps } from "@mantine/core";
import type { ReactNode } from "react";

/** The white card every list and form sits on. */
export function Panel({ children, ...props }: PaperProps & { children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p={0} style={{ overflow: "hidden" }} {...props}>
      {children}
    </Paper>
  );
}
