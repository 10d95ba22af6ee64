import { ActionIcon, Anchor, Group, Table, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { Fragment, useState } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { formatDate } from "../../ui/format";
import { HiddenCaption } from "../../ui/HiddenCaption";
import { TableScroll } from "../../ui/TableScroll";

export const SchoolSummaryTableFragment = graphql(`
  fragment SchoolSummaryTable_summary on SchoolInvitationSummary {
    school {
      id
      name
      urn
      postcode
    }
    total
    unresolved
    unsent
    accepted
    errors
    productsAgreed
    productsTotal
    lastSentAt
  }
`);

export const SCHOOL_SUMMARY_COLUMNS = [
  "",
  "School",
  "Total",
  "Sent unresolved",
  "Unsent",
  "Accepted",
  "Errors",
  "Products agreed",
  "Last sent",
];

interface Props {
  summaries: readonly FragmentType<typeof SchoolSummaryTableFragment>[];
  /** Shows the people behind a school's numbers. */
  onOpenSchool: (schoolId: string) => void;
}

/** The organisation view: one row per school, its numbers, and its URN and postcode on demand. */
export function SchoolSummaryTable(props: Props) {
  const summaries = getFragmentData(SchoolSummaryTableFragment, props.summaries);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <TableScroll label="Invitations by school" minWidth={960}>
      <Table highlightOnHover>
        <HiddenCaption>Invitations by school</HiddenCaption>
        <Table.Thead>
          <Table.Tr>
            {SCHOOL_SUMMARY_COLUMNS.map((c, i) => (
              <Table.Th key={c} w={i === 0 ? 44 : undefined} ta={i > 1 && i < 8 ? "right" : undefined} style={{ whiteSpace: "nowrap" }}>
                {c || <VisuallyHidden>URN and postcode</VisuallyHidden>}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summaries.map((s) => {
            const open = expanded.has(s.school.id);
            return (
              <Fragment key={s.school.id}>
                <Table.Tr
                  style={{ cursor: "pointer" }}
                  onClick={(e) => {
                    if (!(e.target as HTMLElement).closest("button, a")) props.onOpenSchool(s.school.id);
                  }}
                >
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`${open ? "Hide" : "Show"} details of ${s.school.name}`}
                      aria-expanded={open}
                      onClick={() => toggle(s.school.id)}
                    >
                      {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label="See the people invited at this school" withArrow openDelay={400}>
                      <Anchor component="button" fw={600} size="sm" c="dark" ta="left" onClick={() => props.onOpenSchool(s.school.id)}>
                        {s.school.name}
                      </Anchor>
                    </Tooltip>
                  </Table.Td>
                  <Count value={s.total} strong />
                  <Count value={s.unresolved} />
                  <Count value={s.unsent} />
                  <Count value={s.accepted} color={s.accepted > 0 ? "green.8" : undefined} />
                  <Count value={s.errors} color={s.errors > 0 ? "red.7" : undefined} />
                  <Table.Td ta="right">
                    <Text size="sm" ff="monospace" c={s.productsTotal > 0 && s.productsAgreed === s.productsTotal ? "green.8" : undefined}>
                      {s.productsAgreed}/{s.productsTotal}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <Text size="sm" c={s.lastSentAt ? undefined : "dimmed"}>
                      {s.lastSentAt ? formatDate(s.lastSentAt) : "Never"}
                    </Text>
                  </Table.Td>
                </Table.Tr>
                {open && (
                  <Table.Tr bg="gray.0">
                    <Table.Td />
                    <Table.Td colSpan={SCHOOL_SUMMARY_COLUMNS.length - 1} py="xs">
                      <Group gap="xl">
                        <Detail label="URN" value={s.school.urn} mono />
                        <Detail label="Postcode" value={s.school.postcode ?? "—"} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function Count({ value, strong, color }: { value: number; strong?: boolean; color?: string }) {
  return (
    <Table.Td ta="right">
      <Text size="sm" fw={strong ? 600 : undefined} c={value === 0 ? "dimmed" : color}>
        {value.toLocaleString("en-GB")}
      </Text>
    </Table.Td>
  );
}

function Detail({ label, value, mono }: { label: string; value: string; mono?: boolean }) {
  return (
    <Group gap={6}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: 0.4 }}>
        {label}
      </Text>
      <Text size="sm" ff={mono ? "monospace" : undefined}>
        {value}
      </Text>
    </Group>
  );
}
