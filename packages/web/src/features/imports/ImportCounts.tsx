import { Paper, SimpleGrid, Text } from "@mantine/core";
import type { ImportKind } from "../../gql/graphql";

interface Counts {
  create: number;
  update: number;
  unchanged: number;
  skipped: number;
}

/** An import's preview as a row of tiles; `done` says what happened rather than what will. */
export function ImportCounts({ counts, kind, done = false }: { counts: Counts; kind: ImportKind; done?: boolean }) {
  const things = kind === "STAFF" ? "staff records" : "invitations";
  const tiles = [
    { label: done ? "Created" : "To create", value: counts.create, hint: `new ${things}` },
    {
      label: done ? "Updated" : "To update",
      value: counts.update,
      hint: kind === "STAFF" ? "changed names, email or job title" : "changed role, cohort, expiry or names",
    },
    { label: "Unchanged", value: counts.unchanged, hint: "already as in the file" },
    {
      label: "Skipped",
      value: counts.skipped,
      hint: counts.skipped === 0 ? (done ? "every row went ahead" : "every row goes ahead") : kind === "STAFF" ? "nothing to do" : "e.g. already have access",
      warn: counts.skipped > 0,
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      {tiles.map((t) => (
        <Paper key={t.label} withBorder radius="md" p="md" bg={t.warn ? "orange.0" : undefined} role="group" aria-label={`${t.label}: ${t.value}`}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: 0.4 }}>
            {t.label}
          </Text>
          <Text fz={28} fw={700} lh={1.2} c={t.warn ? "orange.8" : undefined}>
            {t.value.toLocaleString("en-GB")}
          </Text>
          <Text size="xs" c="dimmed">
            {t.hint}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
