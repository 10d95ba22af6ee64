import { Text, Timeline } from "@mantine/core";
import { IconAlertTriangle, IconBan, IconCheck, IconClockOff, IconMail, IconPlus, IconX } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { formatDateTime } from "../../ui/format";
import { eventActor, eventDetail, eventLabel, eventTone, type EventTone } from "./eventKind";

interface Event {
  at: string;
  kind: string;
  actorEmail: string | null;
  detail: string | null;
  /** The time the step refers to (a send time, a new expiry), formatted here. */
  date?: string | null;
}

const TONE_COLOR: Record<EventTone, string> = { neutral: "lanyard", good: "green", bad: "red", muted: "gray" };

const ICONS: Record<string, ReactNode> = {
  CREATED: <IconPlus size={12} />,
  SENT: <IconMail size={12} />,
  RESENT: <IconMail size={12} />,
  REMINDER_SENT: <IconMail size={12} />,
  DELIVERY_FAILED: <IconAlertTriangle size={12} />,
  ACCEPTED: <IconCheck size={12} />,
  GRANTED: <IconCheck size={12} />,
  DECLINED: <IconX size={12} />,
  CANCELLED: <IconBan size={12} />,
  EXPIRED: <IconClockOff size={12} />,
};

/** An invitation's history, oldest first, with who did each thing. */
export function InvitationTimeline({ events }: { events: readonly Event[] }) {
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing has happened to this invitation yet.
      </Text>
    );
  }
  return (
    <Timeline active={events.length - 1} bulletSize={22} lineWidth={2} aria-label="History">
      {events.map((event, i) => {
        const detail = eventDetail(event);
        return (
          <Timeline.Item
            key={`${event.at}-${i}`}
            title={
              <Text size="sm" fw={600}>
                {eventLabel(event.kind)}
              </Text>
            }
            bullet={ICONS[event.kind]}
            color={TONE_COLOR[eventTone(event.kind)]}
          >
            {detail && (
              <Text size="sm" c={eventTone(event.kind) === "bad" ? "red.7" : undefined}>
                {detail}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={2}>
              {formatDateTime(event.at)} · {eventActor(event)}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
