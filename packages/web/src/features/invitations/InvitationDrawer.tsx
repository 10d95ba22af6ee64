import { useQuery } from "@apollo/client/react";
import { Alert, Button, Drawer, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconBan, IconMailForward } from "@tabler/icons-react";
import type { ReactNode, Ref } from "react";
import { getFragmentData, graphql } from "../../gql";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { formatDate, formatDateTime, fullName } from "../../ui/format";
import { HiddenCaption } from "../../ui/HiddenCaption";
import { errorMessage } from "../api/errors";
import { DeliveryBadge } from "../email/DeliveryBadge";
import type { BulkActionKind } from "./bulkAction";
import { InvitationItemFragment } from "./invitationItem";
import { InvitationStateBadge } from "./InvitationStateBadge";
import { InvitationTimeline } from "./InvitationTimeline";
import { canCancel, canResend } from "./invitationState";
import { TableScroll } from "../../ui/TableScroll";

export const InvitationDetailsQuery = graphql(`
  query InvitationDetails($id: ID!) {
    invitation(id: $id) {
      id
      email
      firstName
      lastName
      state
      delivery
      lastError
      existingUser
      awaitingApproval
      viewerCanManage
      invitedBy
      createdAt
      sendAt
      sentAt
      expiresAt
      respondedAt
      staff {
        id
        jobTitle
      }
      items {
        ...InvitationItem_grant
        cohort {
          id
          name
        }
      }
      events {
        at
        kind
        actorEmail
        detail
        date
      }
    }
  }
`);

interface Props {
  /** The invitation to show; null keeps the drawer closed. */
  id: string | null;
  onClose: () => void;
  /** Resend or cancel this one invitation, through the same confirmation as the bulk actions. */
  onAction: (kind: BulkActionKind, id: string) => void;
  /** The person's name, heading the details: focus can be put there (after an action removes its button). */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Everything about one invitation: who, what, where its email is, and its history. */
export function InvitationDrawer({ id, onClose, onAction, headingRef }: Props) {
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size={560}
      title={<Text span fw={600}>Invitation details</Text>}
      closeButtonProps={{ "aria-label": "Close details" }}
    >
      {id && <Details id={id} onAction={onAction} headingRef={headingRef} />}
    </Drawer>
  );
}

function Details({ id, onAction, headingRef }: { id: string; onAction: Props["onAction"]; headingRef: Props["headingRef"] }) {
  const { data, error, loading, refetch } = useQuery(InvitationDetailsQuery, { variables: { id } });

  if (error) {
    return <ErrorAlert title="This invitation couldn't be loaded" message={errorMessage(error)} onRetry={() => void refetch()} />;
  }
  if (loading || !data) {
    return (
      <Stack gap="md" aria-busy="true" aria-label="Loading">
        <Skeleton height={26} width="70%" />
        <Skeleton height={14} width="50%" />
        <Skeleton height={120} mt="md" />
        <Skeleton height={200} />
      </Stack>
    );
  }
  const inv = data.invitation;
  if (!inv) {
    return (
      <EmptyState
        title="This invitation isn't available"
        description="It may belong to a school you don't manage, or the link you followed is wrong."
      />
    );
  }
  const name = fullName(inv);
  const items = inv.items.map((item) => ({ ...item, ...getFragmentData(InvitationItemFragment, item) }));

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={0}>
            <Title order={2} fz="xl" ref={headingRef} tabIndex={-1}>
              {name || inv.email}
            </Title>
            {name && <Text c="dimmed">{inv.email}</Text>}
          </Stack>
          <InvitationStateBadge state={inv.state} size="lg" />
        </Group>
        <Text size="sm" c="dimmed">
          {[inv.staff?.jobTitle, inv.existingUser ? "Already has a Lanyard account" : "New to Lanyard"]
            .filter(Boolean)
            .join(" · ")}
        </Text>
        {inv.awaitingApproval && (
          <Alert color="yellow" variant="light" p="xs">
            Waiting for the school's admin to approve before the email goes out.
          </Alert>
        )}
      </Stack>

      {!inv.viewerCanManage && (canResend(inv.state) || canCancel(inv.state)) && (
        <Text size="sm">
          This invitation holds products managed by the trust, so only a trust administrator can resend or cancel it.
        </Text>
      )}
      {inv.viewerCanManage && (canResend(inv.state) || canCancel(inv.state)) && (
        <Group gap="sm">
          {canResend(inv.state) && (
            <Button variant="light" leftSection={<IconMailForward size={16} />} onClick={() => onAction("resend", inv.id)}>
              Resend
            </Button>
          )}
          {canCancel(inv.state) && (
            <Button variant="light" color="red" leftSection={<IconBan size={16} />} onClick={() => onAction("cancel", inv.id)}>
              Cancel invitation
            </Button>
          )}
        </Group>
      )}

      <Section title="Delivery">
        <DeliveryBadge delivery={inv.delivery} />
        {inv.delivery === "FAILED" && inv.lastError && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} mt="xs" title="The last attempt failed">
            {inv.lastError}
          </Alert>
        )}
      </Section>

      <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
        <Fact label="Invited by" value={inv.invitedBy} />
        <Fact label="Created" value={formatDateTime(inv.createdAt)} />
        <Fact
          label={inv.sentAt ? "Sent" : "Due to send"}
          value={inv.sentAt ? formatDateTime(inv.sentAt) : formatDateTime(inv.sendAt)}
        />
        <Fact label="Expires" value={formatDate(inv.expiresAt)} />
        {inv.respondedAt && <Fact label="Responded" value={formatDateTime(inv.respondedAt)} />}
      </SimpleGrid>

      <Section title="What it offers">
        <TableScroll label="What it offers" minWidth={420}>
          <Table withTableBorder verticalSpacing="xs" fz="sm">
            <HiddenCaption>What it offers</HiddenCaption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Product</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>School</Table.Th>
                <Table.Th>Cohort</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) =>
                item.viewerCanManage ? (
                  <Table.Tr key={item.id}>
                    <Table.Td fw={500}>{item.product.name}</Table.Td>
                    <Table.Td>{item.role.name}</Table.Td>
                    <Table.Td c={item.school ? undefined : "dimmed"}>{item.school?.name ?? "Trust-wide"}</Table.Td>
                    <Table.Td c={item.cohort ? undefined : "dimmed"}>{item.cohort?.name ?? "—"}</Table.Td>
                  </Table.Tr>
                ) : (
                  // Outside a school admin's scope: the product's name, and who looks after it.
                  <Table.Tr key={item.id}>
                    <Table.Td fw={500}>{item.product.name}</Table.Td>
                    <Table.Td colSpan={3} c="dimmed">
                      Managed by the trust
                    </Table.Td>
                  </Table.Tr>
                ),
              )}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Section>

      <Section title="History">
        <InvitationTimeline events={inv.events} />
      </Section>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={3} fz="sm" tt="uppercase" c="dimmed" style={{ letterSpacing: 0.5 }}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
}
