import { Avatar, Group, Stack, Table, Text } from "@mantine/core";
import { IconCircleCheckFilled, IconCircleDashed } from "@tabler/icons-react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { AccessBadges } from "./AccessBadges";

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
    accesses {
      id
      product {
        id
        name
      }
      role {
        id
        name
      }
      school {
        id
        name
      }
    }
    openInvitations {
      id
      state
      items {
        id
        product {
          id
          name
        }
      }
    }
  }
`);

export function staffColumns(showSchool: boolean): string[] {
  return ["Name and email", "Job title", ...(showSchool ? ["School"] : []), "Registered", "Access"];
}

interface Props {
  staff: readonly FragmentType<typeof StaffTableFragment>[];
  /** Hidden for a school admin: every row is their school. */
  showSchool: boolean;
}

export function StaffTable(props: Props) {
  const staff = getFragmentData(StaffTableFragment, props.staff);
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {staffColumns(props.showSchool).map((c) => (
              <Table.Th key={c} style={{ whiteSpace: "nowrap" }}>
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Avatar size={34} radius="xl" color="initials" name={`${person.firstName} ${person.lastName}`} aria-hidden />
                  <Stack gap={0}>
                    <Text size="sm" fw={600}>
                      {person.firstName} {person.lastName}
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
              <Table.Td>
                <RegisteredStatus registered={person.user !== null} />
              </Table.Td>
              <Table.Td>
                <AccessBadges accesses={person.accesses} openInvitations={person.openInvitations} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Whether the person already has a Lanyard account (then invitations grant rather than ask them to register). */
function RegisteredStatus({ registered }: { registered: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      {registered ? (
        <IconCircleCheckFilled size={16} color="var(--mantine-color-green-6)" aria-hidden />
      ) : (
        <IconCircleDashed size={16} color="var(--mantine-color-gray-5)" aria-hidden />
      )}
      <Text size="sm" c={registered ? "green.8" : "dimmed"} fw={registered ? 500 : 400} style={{ whiteSpace: "nowrap" }}>
        {registered ? "Registered" : "Not yet"}
      </Text>
    </Group>
  );
}
