import { Paper, SimpleGrid, Text } from "@mantine/core";

interface Summary {
  invitations: number;
  items: number;
  newPeople: number;
  existingUsers: number;
  skipped: number;
}

/** The counts inviteStaff reports, as a row of tiles; `done` switches "will" to past tense. */
export function SummaryStats({ summary, done = false }: { summary: Summary; done?: boolean }) {
  const tiles = [
    { label: done ? "Invitations created" : "Emails to send", value: summary.invitations, hint: "one per person" },
    { label: "New people", value: summary.newPeople, hint: done ? "asked to register" : "will register" },
    { label: "Existing users", value: summary.existingUsers, hint: "already have an account" },
    { label: "Product grants", value: summary.items, hint: "each product, at each school" },
    { label: "Skipped", value: summary.skipped, hint: summary.skipped > 0 ? "listed below" : done ? "everything went ahead" : "everything goes ahead", warn: summary.skipped > 0 },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
      {tiles.map((t) => (
        <Paper key={t.label} withBorder radius="md" p="md" bg={t.warn ? "orange.0" : undefined} aria-label={`${t.label}: ${t.value}`} role="group">
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
