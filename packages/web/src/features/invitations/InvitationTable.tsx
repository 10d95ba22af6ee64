import { Checkbox, Stack, Table, Text, Tooltip, UnstyledButton } from "@mantine/core";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { ColumnHeaders } from "../../ui/ColumnHeaders";
import { formatDate, fullName } from "../../ui/format";
import { DeliveryBadge } from "../email/DeliveryBadge";
import { InvitationItemFragment } from "./invitationItem";
import { InvitationItemsSummary } from "./InvitationItemsSummary";
import { InvitationStateBadge } from "./InvitationStateBadge";
import { isSelected, pageSelection, type Selection } from "./selection";
import { TableScroll } from "../../ui/TableScroll";

export const InvitationTableFragment = graphql(`
  fragment InvitationTable_invitation on Invitation {
    id
    email
    firstName
    lastName
    state
    delivery
    lastError
    viewerCanManage
    sendAt
    sentAt
    expiresAt
    school {
      id
      name
    }
    items {
      ...InvitationItem_grant
    }
  }
`);

export function invitationColumns(showSchool: boolean): string[] {
  return ["", "Person", ...(showSchool ? ["School"] : []), "Products and roles", "State", "Delivery", "Sent · expires"];
}

interface Props {
  invitations: readonly FragmentType<typeof InvitationTableFragment>[];
  /** Hidden for a school admin: every row is their school. */
  showSchool: boolean;
  selection: Selection;
  onToggleRow: (id: string) => void;
  onTogglePage: () => void;
  onOpen: (id: string) => void;
  /** The invitation whose details are open, highlighted. */
  openId: string | null;
}

export function InvitationTable(props: Props) {
  const invitations = getFragmentData(InvitationTableFragment, props.invitations);
  // Only the rows the viewer may resend or cancel can be ticked (a school admin's others hold items managed by the trust).
  const pageIds = invitations.filter((i) => i.viewerCanManage).map((i) => i.id);
  const page = pageSelection(props.selection, pageIds);

  return (
    <TableScroll label="Invitations" minWidth={900}>
      <Table highlightOnHover horizontalSpacing="sm">
        <ColumnHeaders
          columns={invitationColumns(props.showSchool).slice(1)}
          first={
            <Table.Th w={44}>
              <Checkbox
                aria-label="Select every invitation on this page"
                checked={page === "all" && pageIds.length > 0}
                indeterminate={page === "some"}
                disabled={pageIds.length === 0}
                onChange={props.onTogglePage}
              />
            </Table.Th>
          }
        />
        <Table.Tbody>
          {invitations.map((inv) => {
            const name = fullName(inv);
            const selected = inv.viewerCanManage && isSelected(props.selection, inv.id);
            return (
              <Table.Tr
                key={inv.id}
                bg={selected || props.openId === inv.id ? "var(--mantine-color-lanyard-light)" : undefined}
                style={{ cursor: "pointer" }}
                // The person's cell is the real button (keyboard); the row is a bigger target for the mouse.
                onClick={(e) => {
                  if (!(e.target as HTMLElement).closest("button, input, label, a")) props.onOpen(inv.id);
                }}
              >
                <Table.Td>
                  {inv.viewerCanManage ? (
                    <Checkbox aria-label={`Select ${inv.email}`} checked={selected} onChange={() => props.onToggleRow(inv.id)} />
                  ) : (
                    <Tooltip label="Holds products managed by the trust: only a trust administrator can resend or cancel it." withArrow multiline w={240}>
                      <Checkbox
                        aria-label={`${inv.email} holds products managed by the trust, so only a trust administrator can select it`}
                        checked={false}
                        disabled
                        readOnly
                      />
                    </Tooltip>
                  )}
                </Table.Td>
                {/* A long email address is cut with an ellipsis (whole on hover and in the drawer), so the row fits a laptop screen. */}
                <Table.Td maw={260}>
                  {/* Named by what it shows (WCAG 2.5.3: say "click Sam Hall" and it's pressed); it opens the details drawer. */}
                  <UnstyledButton onClick={() => props.onOpen(inv.id)} aria-haspopup="dialog" maw="100%">
                    <Stack gap={0}>
                      <Text size="sm" fw={600} c={name ? undefined : "dimmed"} truncate="end">
                        {name || "No name given"}
                      </Text>
                      <Text size="xs" c="dimmed" truncate="end" title={inv.email}>
                        {inv.email}
                      </Text>
                    </Stack>
                  </UnstyledButton>
                </Table.Td>
                {props.showSchool && (
                  <Table.Td>
                    <Text size="sm" c={inv.school ? undefined : "dimmed"}>
                      {inv.school?.name ?? "Trust-wide"}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td miw={200}>
                  <InvitationItemsSummary items={getFragmentData(InvitationItemFragment, inv.items)} rowSchoolId={inv.school?.id ?? null} />
                </Table.Td>
                <Table.Td>
                  <InvitationStateBadge state={inv.state} />
                </Table.Td>
                <Table.Td>
                  <DeliveryBadge delivery={inv.delivery} lastError={inv.lastError} />
                </Table.Td>
                {/* Sent and expiry share a cell: eight columns fit a laptop screen without scrolling. */}
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {inv.sentAt ? (
                    <Text size="sm">{formatDate(inv.sentAt)}</Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {inv.state === "SCHEDULED" && inv.sendAt ? `Due ${formatDate(inv.sendAt)}` : "Not sent yet"}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    Expires {formatDate(inv.expiresAt)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
