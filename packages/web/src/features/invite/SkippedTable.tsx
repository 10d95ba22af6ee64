import { Stack, Table, Text } from "@mantine/core";
import { plural } from "../../ui/format";
import { groupSkipped, type SkippedItemLike } from "./skippedGroups";
import { skipReasonDetail, skipReasonLabel } from "./skipReasons";
import { TableScroll } from "../../ui/TableScroll";

export interface NameLookup {
  product: (id: string) => string;
  school: (id: string | null) => string;
  /** The roster name for an email, if the person was picked from it. */
  person: (email: string) => string | null;
}

interface Props {
  skipped: readonly SkippedItemLike[];
  names: NameLookup;
}

const NAMED = 3;

/** Every item that isn't (or wouldn't be) created, and why, in words (rule 2: nothing is dropped silently). */
export function SkippedTable({ skipped, names }: Props) {
  return (
    <TableScroll label="Skipped" minWidth={720}>
      <Table aria-label="Skipped">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Product</Table.Th>
            <Table.Th>School</Table.Th>
            <Table.Th>Reason</Table.Th>
            <Table.Th>People</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groupSkipped(skipped).map((group) => {
            const detail = skipReasonDetail(group.reason);
            const people = group.emails.map((e) => names.person(e) ?? e);
            return (
              <Table.Tr key={`${group.reason}-${group.productId}-${group.schoolId ?? "trust"}`}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {names.product(group.productId)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={group.schoolId ? undefined : "dimmed"}>
                    {names.school(group.schoolId)}
                  </Text>
                </Table.Td>
                <Table.Td maw={320}>
                  <Text size="sm" fw={600} c="orange.8">
                    {skipReasonLabel(group.reason)}
                  </Text>
                  {detail && (
                    <Text size="xs" c="dimmed">
                      {detail}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">
                      {people.length <= NAMED
                        ? people.join(", ")
                        : `${people.slice(0, NAMED - 1).join(", ")} and ${plural(people.length - (NAMED - 1), "other")}`}
                    </Text>
                    {people.length > 1 && (
                      <Text size="xs" c="dimmed">
                        {plural(people.length, "person", "people")}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** Names for ids in the wizard's own lists; an id it doesn't know is said plainly rather than hidden. */
export function nameLookup(
  products: readonly { id: string; name: string }[],
  schools: readonly { id: string; name: string }[],
  people: readonly { email: string; firstName: string; lastName: string }[],
): NameLookup {
  const product = new Map(products.map((p) => [p.id, p.name]));
  const school = new Map(schools.map((s) => [s.id, s.name]));
  const person = new Map(people.map((p) => [p.email.toLowerCase(), `${p.firstName} ${p.lastName}`]));
  return {
    product: (id) => product.get(id) ?? "Unknown product",
    school: (id) => (id === null ? "Trust-wide" : (school.get(id) ?? "Another school")),
    person: (email) => person.get(email.toLowerCase()) ?? null,
  };
}
