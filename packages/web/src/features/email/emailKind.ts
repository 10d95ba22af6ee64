// The outbox names each kind of email with a code; the mailbox shows it in words.
const LABELS: Record<string, string> = {
  invitation: "Invitation",
  "access-granted": "Access granted",
  reminder: "Reminder",
  cancelled: "Cancellation",
  "import-finished": "Import finished",
};

export function emailKindLabel(kind: string): string {
  const known = LABELS[kind];
  if (known) return known;
  const words = kind.replace(/[_-]+/g, " ").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "mailbox" means it never left Lanyard: no SMTP server is configured. */
export function transportLabel(transport: string | null | undefined): string {
  if (!transport) return "—";
  if (transport === "mailbox") return "Mailbox only";
  if (transport === "smtp") return "SMTP";
  return transport;
}
