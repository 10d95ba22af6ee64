import { Alert, Button, Checkbox, Group, Stack, Table, Text, TextInput, VisuallyHidden } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { EmptyState } from "../../ui/EmptyState";
import { plural } from "../../ui/format";
import { Panel } from "../../ui/Panel";
import type { InviteDraft } from "./draft";
import { eligibleSchoolIds, schoolEligibility } from "./eligibility";
import type { InviteSchool } from "./inviteData";
import { SchoolSubscriptions } from "./SchoolSubscriptions";
import { StepHeading } from "./StepHeading";
import { TableScroll } from "../../ui/TableScroll";

interface Props {
  schools: readonly InviteSchool[];
  /** The chosen school-level products. */
  products: readonly { id: string; name: string }[];
  draft: InviteDraft;
  onChange: (draft: InviteDraft) => void;
  /** A school admin's school: the only one, ticked and fixed (rule 1). */
  ownSchool: InviteSchool | null;
}

/** Step 3: where school-level access is granted; only schools with an active subscription can be ticked (rule 2). */
export function SchoolStep({ schools, products, draft, onChange, ownSchool }: Props) {
  const [search, setSearch] = useState("");
  const productNames = products.map((p) => p.name).join(" and ");
  const listed = ownSchool ? [ownSchool] : schools;
  const eligible = eligibleSchoolIds(listed, products);
  const chosen = new Set(draft.schoolIds);
  const allChosen = eligible.length > 0 && eligible.every((id) => chosen.has(id));
  const someChosen = eligible.some((id) => chosen.has(id));
  const needle = search.trim().toLowerCase();
  const shown = listed.filter((s) => !needle || s.name.toLowerCase().includes(needle) || s.urn.includes(needle));
  // Handy default: the schools the chosen roster people work at.
  const theirSchools = [...new Set(draft.staff.map((s) => s.school.id))].filter((id) => eligible.includes(id));

  const toggle = (id: string, on: boolean) =>
    onChange({ ...draft, schoolIds: on ? [...draft.schoolIds.filter((s) => s !== id), id] : draft.schoolIds.filter((s) => s !== id) });

  return (
    <Stack gap="md">
      <StepHeading
        title="Schools"
        description={
          ownSchool
            ? `Everyone you chose is invited to ${productNames} at ${ownSchool.name}.`
            : `Everyone you chose is invited to ${productNames} at each school you tick. Only schools with an active subscription can be ticked.`
        }
      />
      {ownSchool && (
        <Alert variant="light" color="lanyard" icon={<IconInfoCircle size={18} />}>
          As a school admin you invite people to {ownSchool.name} only.
        </Alert>
      )}

      <Panel>
        {!ownSchool && (
          <Group p="md" gap="md" justify="space-between" wrap="wrap" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
            <Group gap="lg" wrap="wrap">
              <Checkbox
                label={`All eligible schools (${eligible.length} of ${listed.length})`}
                checked={allChosen}
                indeterminate={someChosen && !allChosen}
                disabled={eligible.length === 0}
                onChange={(e) => onChange({ ...draft, schoolIds: e.currentTarget.checked ? eligible : [] })}
              />
              {theirSchools.length > 0 && (
                <Button
                  variant="light"
                  size="xs"
                  onClick={() => onChange({ ...draft, schoolIds: [...new Set([...draft.schoolIds, ...theirSchools])] })}
                >
                  Tick the schools of the people you chose ({theirSchools.length})
                </Button>
              )}
            </Group>
            <TextInput
              aria-label="Find a school"
              placeholder="Find a school by name or URN"
              leftSection={<IconSearch size={16} stroke={1.6} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={{ base: "100%", sm: 300 }}
            />
          </Group>
        )}
        {shown.length === 0 ? (
          <EmptyState title="No school matches" description="Search by the school's name or its URN." />
        ) : (
          <TableScroll label="Schools" minWidth={640}>
            <Table aria-label="Schools">
              <Table.Thead>
                <Table.Tr>
                  {/* Every column is named, for the screen reader reading a cell's header with it. */}
                  <Table.Th w={44}>
                    <VisuallyHidden>Tick</VisuallyHidden>
                  </Table.Th>
                  <Table.Th>School</Table.Th>
                  <Table.Th>{products.length === 1 ? `${productNames} subscription` : "Subscriptions"}</Table.Th>
                  <Table.Th w={48}>
                    <VisuallyHidden>All subscriptions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((school) => {
                  const e = schoolEligibility(school, products);
                  const on = chosen.has(school.id);
                  const fixed = Boolean(ownSchool);
                  return (
                    <Table.Tr
                      key={school.id}
                      bg={on ? "var(--mantine-primary-color-light)" : undefined}
                      style={{ cursor: e.eligible && !fixed ? "pointer" : undefined }}
                      onClick={() => e.eligible && !fixed && toggle(school.id, !on)}
                    >
                      <Table.Td>
                        <Checkbox
                          aria-label={school.name}
                          checked={on}
                          disabled={!e.eligible || fixed}
                          onChange={(ev) => toggle(school.id, ev.currentTarget.checked)}
                          onClick={(ev) => ev.stopPropagation()}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={600} c={e.eligible ? undefined : "dimmed"}>
                          {school.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          URN {school.urn}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <EligibilityNote eligible={e.eligible} note={e.note} />
                      </Table.Td>
                      <Table.Td>
                        <SchoolSubscriptions school={school} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        <Text size="sm" c="dimmed" px="md" py="sm" style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}>
          {plural(draft.schoolIds.length, "school")} ticked
        </Text>
      </Panel>
    </Stack>
  );
}

function EligibilityNote({ eligible, note }: { eligible: boolean; note: string | null }) {
  if (!eligible) {
    return (
      <Text size="sm" c="dimmed">
        {note}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      {note ? (
        <IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" aria-hidden />
      ) : (
        <IconCircleCheck size={16} color="var(--mantine-color-green-6)" aria-hidden />
      )}
      <Text size="sm" c={note ? "orange.8" : "green.8"}>
        {note ?? "Active"}
      </Text>
    </Group>
  );
}
