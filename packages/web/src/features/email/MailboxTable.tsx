import { Badge, Stack, Table, Text, UnstyledButton } from "@mantine/core";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { ColumnHeaders } from "../../ui/ColumnHeaders";
import { DateTimeText } from "../../ui/DateTimeText";
import { DeliveryBadge } from "./DeliveryBadge";
import { emailKindLabel, transportLabel } from "./emailKind";
import { EmailSummaryFragment } from "./emailSummary";
import { TableScroll } from "../../ui/TableScroll";

export const MailboxTableFragment = graphql(`
  fragment MailboxTable_message on EmailMessage {
    ...EmailSummary_message
    notBefore
  }
`);

export const MAILBOX_COLUMNS = ["To", "Subject", "Kind", "Delivery", "Created", "Sent"];

interface Props {
  messages: readonly FragmentType<typeof MailboxTableFragment>[];
  onOpen: (id: string) => void;
  /** The message being previewed, highlighted. */
  openId: string | null;
}

/** The outbox, one row per email (without their bodies: those load when one is opened). */
export function MailboxTable(props: Props) {
  const messages = getFragmentData(MailboxTableFragment, props.messages).map((m) => ({ ...m, ...getFragmentData(EmailSummaryFragment, m) }));
  return (
    <TableScroll label="Emails" minWidth={880}>
      <Table highlightOnHover horizontalSpacing="sm">
        <ColumnHeaders columns={MAILBOX_COLUMNS} />
        <Table.Tbody>
          {messages.map((m) => (
            <Table.Tr
              key={m.id}
              bg={props.openId === m.id ? "var(--mantine-color-lanyard-light)" : undefined}
              style={{ cursor: "pointer" }}
              onClick={(e) => {
                if (!(e.target as HTMLElement).closest("button")) props.onOpen(m.id);
              }}
            >
              {/* A long address is cut with an ellipsis (whole on hover and in the email), so every column fits a laptop screen. */}
              <Table.Td maw={260}>
                <Stack gap={0}>
                  {m.toName && (
                    <Text size="sm" fw={600} truncate="end">
                      {m.toName}
                    </Text>
                  )}
                  <Text size={m.toName ? "xs" : "sm"} c={m.toName ? "dimmed" : undefined} truncate="end" title={m.toEmail}>
                    {m.toEmail}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td miw={240} maw={380}>
                {/* The subject is the real button (keyboard); the row is a bigger target for the mouse. */}
                {/* Named by its subject first (what it shows), then whom it went to: one row's subject reads like another's. */}
                <UnstyledButton onClick={() => props.onOpen(m.id)} aria-haspopup="dialog" aria-label={`${m.subject}, to ${m.toEmail}`}>
                  <Text size="sm" fw={500} lineClamp={2}>
                    {m.subject}
                  </Text>
                </UnstyledButton>
              </Table.Td>
              <Table.Td>
                <Badge variant="default" tt="none" fw={500} miw="max-content">
                  {emailKindLabel(m.kind)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <DeliveryBadge delivery={m.delivery} lastError={m.lastError} withdrawn={m.withdrawn} />
                  {m.transport && (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                      {transportLabel(m.transport)}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <DateTimeText iso={m.createdAt} />
              </Table.Td>
              <Table.Td>
                {m.sentAt || m.delivery !== "QUEUED" ? (
                  <DateTimeText iso={m.sentAt} />
                ) : (
                  <DateTimeText iso={m.notBefore} prefix="Due " dimmed />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
