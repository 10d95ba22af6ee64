import { Avatar, Group, Stack, Table, Text } from "@mantine/core";
import { getFragmentData, graphql, type FragmentType } from "../../gql";

export const StaffCellsFragment = graphql(`
  fragment StaffCells_staff on Staff {
    id
    firstName
    lastName
    email
    jobTitle
    school {
      id
      name
    }
  }
`);

/** The columns every table of the roster starts with; the school only where the list spans several. */
export function staffCellColumns(showSchool: boolean): string[] {
  return ["Name and email", "Job title", ...(showSchool ? ["School"] : [])];
}

interface Props {
  person: FragmentType<typeof StaffCellsFragment>;
  showSchool: boolean;
  avatarSize: number;
}

/** Who someone on the roster is, as the cells of staffCellColumns: initials, name and email; job title; school. */
export function StaffCells(props: Props) {
  const person = getFragmentData(StaffCellsFragment, props.person);
  const name = `${person.firstName} ${person.lastName}`;
  return (
    <>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <Avatar size={props.avatarSize} radius="xl" color="initials" name={name} aria-hidden />
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {name}
            </Text>
            <Text size="xs" c="dimmed">
              {person.email}
            </Text>
          </Stack>
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={person.jobTitle ? undefined : "dimmed"}>
          {person.jobTitle ?? "—"}
        </Text>
      </Table.Td>
      {props.showSchool && (
        <Table.Td>
          <Text size="sm">{person.school.name}</Text>
        </Table.Td>
      )}
    </>
  );
}
