import { notifications, type NotificationData } from "@mantine/notifications";
import { announce } from "./announce";

interface Notice extends NotificationData {
  /** What a screen reader hears; needed when `title` and `message` aren't plain text (a list of problems, say). */
  announcement?: string;
}

/**
 * Shows the result of something that finished out of sight (sent, cancelled, import done) and says it
 * through the live region. The toast itself is a plain status, so it isn't read a second time.
 */
export function notify({ announcement, ...notice }: Notice): string {
  const spoken = announcement ?? [notice.title, notice.message].filter((part) => typeof part === "string").join(". ");
  const id = notifications.show({ role: "status", ...notice });
  // A failure interrupts; anything else waits its turn.
  announce(spoken, notice.color === "red" ? "assertive" : "polite");
  return id;
}
