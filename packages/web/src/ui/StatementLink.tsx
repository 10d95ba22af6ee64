import { Anchor } from "@mantine/core";

export const STATEMENT_PATH = "/accessibility";

/** The footer's link to the accessibility statement: a plain link, as the statement is its own small page. */
export function StatementLink() {
  return (
    <Anchor href={STATEMENT_PATH} size="sm" c="dimmed">
      Accessibility statement
    </Anchor>
  );
}
