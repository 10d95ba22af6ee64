import { Avatar, Badge, Group, Table, Text } from "@mantine/core";
import { getFragmentData, graphql, type FragmentType } from "../../gql";

export const StaffTableFragment = graphql(`
  fragment StaffTable_staff on Staff {
    id
    firstName
    lastName
    email
    jobTitle
    school {
      id
      name
    }
    user {
      id
    }
  }
`);

export function staffColumns(showSchool: boolean): string[] {
  return ["Name", "Email", "Job title", ...(showSchool ? ["School"] : []), "Registered"];
}

interface Props {
  staff: readonly FragmentType<typeof StaffTableFragment>[];
  /** Hidden for a school admin: every row is their school. */
  showSchool: boolean;
}

export function StaffTable(props: Props) {
  const staff = getFragmentData(StaffTableFragment, props.staff);
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {staffColumns(props.showSchool).map((c) => (
              <Table.Th key={c}>{c}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Avatar size={30} radius="xl" color="initials" name={`${person.firstName} ${person.lastName}`} aria-hidden />
                  <Text size="sm" fw={600} style={{ whiteSpace: "nowrap" }}>
                    {person.firstName} {person.lastName}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="gray.7" style={{ wordBreak: "break-all" }}>
                  {person.email}
                </Text>
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
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {person.user ? (
                  <Badge color="green" variant="light" style={{ overflow: "visible" }}>
                    Registered
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light" style={{ overflow: "visible" }}>
                    Not yet
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
