import { Alert, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconCircleCheck, IconInfoCircle } from "@tabler/icons-react";
import { errorMessage } from "../api/errors";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { plural } from "../../ui/format";
import { Panel } from "../../ui/Panel";
import { SkippedTable, type NameLookup } from "./SkippedTable";
import { StepHeading } from "./StepHeading";
import { SummaryStats } from "./SummaryStats";
import type { useDryRun } from "./useDryRun";
import { UserErrors } from "./UserErrors";

interface Props {
  dryRun: ReturnType<typeof useDryRun>;
  /** "Teacher in MIS, Teacher in Tracker". */
  rolesLine: string;
  /** School names, empty for trust-level products only. */
  schoolNames: string[];
  people: number;
  names: NameLookup;
}

/** Step 4: what will be sent and what is skipped and why, from a dry run; nothing is written yet. */
export function ReviewStep({ dryRun, rolesLine, schoolNames, people, names }: Props) {
  const { payload, loading, error, retry } = dryRun;
  return (
    <Stack gap="lg">
      <StepHeading title="Review" description="Nothing has been sent yet. This is what will happen when you send." />

      <SimpleGrid cols={{ base: 1, md: schoolNames.length > 0 ? 3 : 2 }} spacing="sm">
        <Choice label="Access" value={rolesLine} />
        {schoolNames.length > 0 && (
          <Choice
            label="At"
            value={schoolNames.length <= 3 ? schoolNames.join(", ") : `${schoolNames.slice(0, 2).join(", ")} and ${plural(schoolNames.length - 2, "more school")}`}
          />
        )}
        <Choice label="For" value={plural(people, "person", "people")} />
      </SimpleGrid>

      {error ? (
        <ErrorAlert title="The review couldn't be prepared" message={errorMessage(error)} onRetry={retry} />
      ) : loading || !payload ? (
        <Stack gap="sm" aria-busy="true" aria-label="Preparing the review">
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
            {Array.from({ length: 5 }, (_, i) => (
              <Skeleton key={i} height={92} radius="md" />
            ))}
          </SimpleGrid>
          <Skeleton height={120} radius="md" />
        </Stack>
      ) : (
        <>
          <UserErrors errors={payload.errors} title="This can't be sent as it is" />
          <SummaryStats summary={payload.summary} />
          {payload.summary.invitations === 0 && payload.errors.length === 0 && (
            <Alert variant="light" color="orange" icon={<IconInfoCircle size={18} />} title="Nothing to send">
              Every item would be skipped. Go back and choose other people, schools or products.
            </Alert>
          )}
          {payload.skipped.length > 0 ? (
            <div>
              <Title order={3} fz="md" mb={4}>
                Skipped: {plural(payload.skipped.length, "item")} won't be created
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                Everything else goes ahead; these are listed so nothing is dropped silently.
              </Text>
              <Panel>
                <SkippedTable skipped={payload.skipped} names={names} />
              </Panel>
            </div>
          ) : (
            payload.summary.invitations > 0 && (
              <Group gap={8}>
                <IconCircleCheck size={18} color="var(--mantine-color-green-6)" aria-hidden />
                <Text size="sm">Nothing is skipped: every product can be granted to everyone you chose.</Text>
              </Group>
            )
          )}
        </>
      )}
    </Stack>
  );
}

function Choice({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder radius="md" px="md" py="sm">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: 0.4 }}>
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </Paper>
  );
}
