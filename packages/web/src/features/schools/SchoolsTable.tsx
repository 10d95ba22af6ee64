import { Anchor, Table, Text } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { ColumnHeaders } from "../../ui/ColumnHeaders";
import { SubscriptionBadges } from "./SubscriptionBadges";
import { TableScroll } from "../../ui/TableScroll";

export const SchoolsTableFragment = graphql(`
  fragment SchoolsTable_school on School {
    id
    name
    urn
    phase
    localAuthority
    postcode
    subscriptions {
      ...SubscriptionBadges_subscription
    }
  }
`);

export const SCHOOL_COLUMNS = ["School", "URN", "Phase", "Local authority", "Postcode", "Subscriptions"];

interface Props {
  schools: readonly FragmentType<typeof SchoolsTableFragment>[];
}

export function SchoolsTable(props: Props) {
  const navigate = useNavigate();
  const schools = getFragmentData(SchoolsTableFragment, props.schools);
  return (
    <TableScroll label="Schools" minWidth={960}>
      <Table highlightOnHover>
        <ColumnHeaders columns={SCHOOL_COLUMNS} />
        <Table.Tbody>
          {schools.map((school) => (
            <Table.Tr
              key={school.id}
              style={{ cursor: "pointer" }}
              // The name is the real link (keyboard, middle-click); the row is a bigger target for the mouse.
              onClick={(e) => {
                if (!(e.target as HTMLElement).closest("a")) void navigate(`/schools/${school.id}`);
              }}
            >
              <Table.Td>
                <Anchor component={Link} to={`/schools/${school.id}`} fw={600} size="sm" c="dark">
                  {school.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {school.urn}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                  {school.phase ?? "—"}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{school.localAuthority ?? "—"}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                  {school.postcode ?? "—"}
                </Text>
              </Table.Td>
              <Table.Td>
                <SubscriptionBadges subscriptions={school.subscriptions} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
