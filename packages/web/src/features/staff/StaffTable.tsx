import { Group, Table, Text } from "@mantine/core";
import { useState } from "react";
import { IconCircleCheckFilled, IconCircleDashed } from "@tabler/icons-react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { ColumnHeaders } from "../../ui/ColumnHeaders";
import { AccessBadges, describeAccess } from "./AccessBadges";
import { ConfirmRevokeAccess, type RevokeRequest } from "./ConfirmRevokeAccess";
import { StaffCells, staffCellColumns } from "./StaffCells";
import { TableScroll } from "../../ui/TableScroll";

export const StaffTableFragment = graphql(`
  fragment StaffTable_staff on Staff {
    id
    firstName
    lastName
    ...StaffCells_staff
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
  return [...staffCellColumns(showSchool), "Registered", "Access"];
}

interface Props {
  staff: readonly FragmentType<typeof StaffTableFragment>[];
  /** Hidden for a school admin: every row is their school. */
  showSchool: boolean;
}

export function StaffTable(props: Props) {
  const staff = getFragmentData(StaffTableFragment, props.staff);
  const [revoking, setRevoking] = useState<RevokeRequest | null>(null);
  return (
    <>
      <TableScroll label="Staff roster" minWidth={980}>
        <Table highlightOnHover>
          <ColumnHeaders columns={staffColumns(props.showSchool)} />
          <Table.Tbody>
            {staff.map((person) => (
              <Table.Tr key={person.id}>
                <StaffCells person={person} showSchool={props.showSchool} avatarSize={34} />
                <Table.Td>
                  <RegisteredStatus registered={person.user !== null} />
                </Table.Td>
                <Table.Td>
                  <AccessBadges
                    accesses={person.accesses}
                    openInvitations={person.openInvitations}
                    onRevoke={(access) => setRevoking({ accessId: access.id, personName: `${person.firstName} ${person.lastName}`, what: describeAccess(access) })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ConfirmRevokeAccess request={revoking} onClose={() => setRevoking(null)} />
    </>
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
