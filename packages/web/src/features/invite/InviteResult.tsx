import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, ThemeIcon, Title, VisuallyHidden } from "@mantine/core";
import { IconCircleCheck, IconInfoCircle, IconLink } from "@tabler/icons-react";
import { Link } from "react-router";
import { DEFAULT_INVITATION_FILTERS, invitationFilterCodec } from "../invitations/invitationFilters";
import { InvitationStateBadge } from "../invitations/InvitationStateBadge";
import { formatDate, formatDateTime, fullName, plural } from "../../ui/format";
import { Panel } from "../../ui/Panel";
import { CopyLinkButton } from "./CopyLinkButton";
import { SkippedTable, type NameLookup } from "./SkippedTable";
import { SummaryStats } from "./SummaryStats";
import type { InvitePayload } from "./useDryRun";
import { UserErrors } from "./UserErrors";
import { TableScroll } from "../../ui/TableScroll";

interface Props {
  payload: InvitePayload;
  names: NameLookup;
  onInviteMore: () => void;
}

/** The people view searched for this person, with the invitation's details open. */
export function invitationHref(invitation: { id: string; email: string }): string {
  const filters = { ...DEFAULT_INVITATION_FILTERS, view: "people" as const, search: invitation.email, open: invitation.id };
  return `/invitations?${invitationFilterCodec.serialise(filters).toString()}`;
}

/** What the send did: counts, each new invitation (with its link to share, when asked for), and what was skipped. */
export function InviteResult({ payload, names, onInviteMore }: Props) {
  const { invitations, links, skipped, errors, summary } = payload;
  const linkFor = new Map(links.map((l) => [l.invitationId, l.url]));
  const scheduled = invitations.filter((i) => i.state === "SCHEDULED");
  // Rule 5: an existing user of the trust is granted at once (unless the product requires acceptance).
  const granted = invitations.filter((i) => i.state === "ACCEPTED").length;
  const onlyLink = links.length === 1 ? links[0] : undefined;
  const title =
    invitations.length === 0
      ? "Nothing was sent"
      : scheduled.length === invitations.length && scheduled[0]?.sendAt
        ? `${plural(invitations.length, "invitation")} scheduled for ${formatDateTime(scheduled[0].sendAt)}`
        : `${plural(invitations.length, "invitation")} sent`;

  return (
    <Stack gap="lg">
      <Group gap="md" wrap="nowrap">
        <ThemeIcon size={44} radius="xl" variant="light" color={invitations.length > 0 ? "green" : "orange"}>
          {invitations.length > 0 ? <IconCircleCheck size={26} /> : <IconInfoCircle size={26} />}
        </ThemeIcon>
        <Stack gap={0}>
          <Title order={2} fz="xl" tabIndex={-1}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {invitations.length === 0
              ? "Every item was skipped; the reasons are below."
              : granted === invitations.length
                ? "Everyone already uses Lanyard in your trust, so they got access at once and an email saying so."
                : granted > 0
                  ? `${plural(granted, "person", "people")} already using Lanyard got access at once. Follow the rest on the Invitations screen.`
                  : "Follow each one on the Invitations screen until it is accepted."}
          </Text>
        </Stack>
      </Group>

      <UserErrors errors={errors} title="Some of this wasn't done" />
      <SummaryStats summary={summary} done />

      {onlyLink && (
        <Paper withBorder radius="md" p="md" bg="lanyard.0">
          <Group gap="xs" mb={6}>
            <IconLink size={16} aria-hidden />
            <Text fw={600} size="sm">
              Share the link another way
            </Text>
          </Group>
          <Text size="sm" c="dimmed" mb="sm">
            {onlyLink.email} gets it by email too. It is shown only now: Lanyard keeps just a fingerprint of the link.
          </Text>
          <Group gap="sm" wrap="nowrap">
            <TextInput value={onlyLink.url} readOnly aria-label="Invite link" style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
            <CopyLinkButton url={onlyLink.url} />
          </Group>
        </Paper>
      )}

      {invitations.length > 0 && (
        <div>
          <Title order={3} fz="md" mb="sm">
            New invitations
          </Title>
          <Panel>
            <TableScroll label="New invitations" minWidth={640}>
              <Table aria-label="New invitations">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Person</Table.Th>
                    <Table.Th>State</Table.Th>
                    <Table.Th>Expires</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Link</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {invitations.map((inv) => {
                    const name = fullName(inv);
                    const url = linkFor.get(inv.id);
                    return (
                      <Table.Tr key={inv.id}>
                        <Table.Td>
                          <Anchor component={Link} to={invitationHref(inv)} size="sm" fw={600}>
                            {name || inv.email}
                          </Anchor>
                          {name && (
                            <Text size="xs" c="dimmed">
                              {inv.email}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <InvitationStateBadge state={inv.state} size="sm" />
                          <Text size="xs" c="dimmed" mt={2}>
                            {inv.existingUser ? "Existing user" : "New person"}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{formatDate(inv.expiresAt)}</Text>
                        </Table.Td>
                        <Table.Td ta="right">{url && links.length > 1 && <CopyLinkButton url={url} label="Copy link" size="xs" forWhom={inv.email} />}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </Panel>
        </div>
      )}

      {skipped.length > 0 && (
        <div>
          <Title order={3} fz="md" mb="sm">
            Skipped: {plural(skipped.length, "item")}
          </Title>
          <Panel>
            <SkippedTable skipped={skipped} names={names} />
          </Panel>
        </div>
      )}

      <Group gap="sm">
        <Button onClick={onInviteMore}>Invite more people</Button>
        <Button component={Link} to="/invitations" variant="default">
          Go to invitations
        </Button>
      </Group>
    </Stack>
  );
}
