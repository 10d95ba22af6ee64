import { Group } from "@mantine/core";
import type { ReactNode } from "react";

/** The row of filters across the top of a list's panel. */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Group p="md" gap="md" align="flex-end" wrap="wrap" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
      {children}
    </Group>
  );
}
