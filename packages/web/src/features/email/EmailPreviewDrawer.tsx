import { useQuery } from "@apollo/client/react";
import { Badge, Drawer, Group, ScrollArea, Skeleton, Stack, Tabs, Text, Title } from "@mantine/core";
import { IconCode, IconMail } from "@tabler/icons-react";
import { getFragmentData, graphql } from "../../gql";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { formatDateTime } from "../../ui/format";
import { errorMessage } from "../api/errors";
import { DeliveryBadge } from "./DeliveryBadge";
import { emailKindLabel, transportLabel } from "./emailKind";
import { EmailSummaryFragment } from "./emailSummary";

export const EmailPreviewQuery = graphql(`
  query EmailPreview($id: ID!) {
    emailMessage(id: $id) {
      id
      ...EmailSummary_message
      html
      text
    }
  }
`);

interface Props {
  /** The message to show; null keeps the drawer closed. */
  id: string | null;
  onClose: () => void;
}

/** One email as its recipient sees it, and its plain-text part. */
export function EmailPreviewDrawer({ id, onClose }: Props) {
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size={760}
      title={<Text span fw={600}>Email</Text>}
      closeButtonProps={{ "aria-label": "Close email" }}
    >
      {id && <Preview id={id} />}
    </Drawer>
  );
}

function Preview({ id }: { id: string }) {
  const { data, error, loading, refetch } = useQuery(EmailPreviewQuery, { variables: { id } });

  if (error) return <ErrorAlert title="This email couldn't be loaded" message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading || !data) {
    return (
      <Stack gap="md" aria-busy="true" aria-label="Loading">
        <Skeleton height={24} width="80%" />
        <Skeleton height={14} width="50%" />
        <Skeleton height={480} mt="md" />
      </Stack>
    );
  }
  if (!data.emailMessage) return <EmptyState title="This email isn't available" description="It may have been removed, or the link is wrong." />;
  const { html, text } = data.emailMessage;
  const message = getFragmentData(EmailSummaryFragment, data.emailMessage);

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} fz="lg">
          {message.subject}
        </Title>
        <Text size="sm">
          To {message.toName ? `${message.toName} <${message.toEmail}>` : message.toEmail}
        </Text>
        <Group gap="sm" mt={4}>
          <Badge variant="default" tt="none" fw={500}>
            {emailKindLabel(message.kind)}
          </Badge>
          <DeliveryBadge delivery={message.delivery} lastError={message.lastError} withdrawn={message.withdrawn} />
          <Text size="xs" c="dimmed">
            {[
              `Created ${formatDateTime(message.createdAt)}`,
              message.sentAt ? `sent ${formatDateTime(message.sentAt)}` : null,
              message.transport ? transportLabel(message.transport) : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </Text>
        </Group>
      </Stack>
      <Tabs defaultValue="html" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="html" leftSection={<IconMail size={14} />}>
            Email
          </Tabs.Tab>
          <Tabs.Tab value="text" leftSection={<IconCode size={14} />}>
            Plain text
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="html" pt="sm">
          {/* No scripts, forms, plugins or same-origin access: the email is shown, never run. */}
          <iframe
            sandbox=""
            srcDoc={html}
            title="Email preview"
            style={{
              width: "100%",
              height: "70vh",
              border: "1px solid var(--mantine-color-gray-3)",
              borderRadius: "var(--mantine-radius-md)",
              background: "white",
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="sm">
          <ScrollArea.Autosize mah="70vh" style={{ border: "1px solid var(--mantine-color-gray-3)", borderRadius: "var(--mantine-radius-md)" }}>
            <Text component="pre" size="sm" ff="monospace" p="md" m={0} style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
              {text}
            </Text>
          </ScrollArea.Autosize>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
