import { Button, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCalendarX, IconCircleCheck, IconHourglass, IconLinkOff, IconMailX, IconThumbDown } from "@tabler/icons-react";
import { linkStatusCopy, whoToAsk } from "./linkStatus";

const ICONS: Record<string, typeof IconLinkOff> = {
  RATE_LIMITED: IconHourglass,
  EXPIRED: IconCalendarX,
  CANCELLED: IconMailX,
  ALREADY_USED: IconCircleCheck,
  DECLINED: IconThumbDown,
};

interface Props {
  status: string;
  /** The server's explanation, when it gives one. */
  message: string | null;
  invitedBy: string | null;
  trustName: string | null;
  /** Overrides the status's title, e.g. right after the person declines. */
  title?: string;
  /** Who to ask; by default only without the server's message, which already names them. */
  showHint?: boolean;
  /** Offered when trying again can help (a rate limit). */
  onRetry?: () => void;
}

/** A full-page message for a link that can't be used: what happened, and who to ask. */
export function LinkProblem({ status, message, invitedBy, trustName, title, showHint = message === null, onRetry }: Props) {
  const copy = linkStatusCopy(status);
  const Icon = ICONS[status] ?? IconLinkOff;
  return (
    <Paper withBorder shadow="sm" radius="lg" p={{ base: 24, sm: 36 }}>
      <Stack gap="md" align="center" ta="center">
        <ThemeIcon size={64} radius="xl" color={copy.color} variant="light">
          <Icon size={32} stroke={1.6} />
        </ThemeIcon>
        <Title order={1} fz={24}>
          {title ?? copy.title}
        </Title>
        <Text>{message ?? copy.fallback}</Text>
        {showHint && (
          <Text size="sm" c="dimmed">
            {copy.hint(whoToAsk(invitedBy, trustName))}
          </Text>
        )}
        {onRetry && (
          <Button variant="light" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
