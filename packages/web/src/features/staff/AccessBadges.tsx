import { Badge, Group, Text, Tooltip } from "@mantine/core";
import type { InvitationState } from "../../gql/graphql";
import { STATE_LABEL } from "../invitations/invitationState";

interface Access {
  id: string;
  product: { name: string };
  role: { name: string };
  school: { name: string } | null;
}

interface OpenInvitation {
  id: string;
  state: InvitationState;
  items: readonly { id: string; product: { name: string } }[];
}

/** What a person already holds (filled badges) and what they've been invited to (outlined). */
export function AccessBadges({ accesses, openInvitations }: { accesses: readonly Access[]; openInvitations: readonly OpenInvitation[] }) {
  if (accesses.length === 0 && openInvitations.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {accesses.map((a) => (
        <Tooltip key={a.id} label={`Has access · ${a.school?.name ?? "Trust-wide"}`} withArrow>
          <Badge size="sm" variant="light" color="green" tt="none" fw={500} miw="max-content">
            {a.product.name} · {a.role.name}
          </Badge>
        </Tooltip>
      ))}
      {openInvitations.flatMap((inv) =>
        inv.items.map((item) => (
          <Tooltip key={`${inv.id}-${item.id}`} label={`Invitation ${STATE_LABEL[inv.state].toLowerCase()}`} withArrow>
            <Badge size="sm" variant="outline" color={inv.state === "SCHEDULED" ? "violet" : "blue"} tt="none" fw={500} miw="max-content" style={{ borderStyle: "dashed" }}>
              {item.product.name} · invited
            </Badge>
          </Tooltip>
        )),
      )}
    </Group>
  );
}
