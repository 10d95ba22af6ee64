import { Badge, Group, Menu, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { IconBan } from "@tabler/icons-react";
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

/** "Tracker · Teacher at Oak Primary" or "Finance · Read only (trust-wide)": an access as the confirmation names it. */
export const describeAccess = (a: Access) => `${a.product.name} · ${a.role.name} ${a.school ? `at ${a.school.name}` : "(trust-wide)"}`;

interface Props {
  accesses: readonly Access[];
  openInvitations: readonly OpenInvitation[];
  /** Given, each access opens a menu offering to revoke it. */
  onRevoke?: (access: Access) => void;
}

/** What a person already holds (filled badges) and what they've been invited to (outlined). */
export function AccessBadges({ accesses, openInvitations, onRevoke }: Props) {
  if (accesses.length === 0 && openInvitations.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {accesses.map((a) => {
        const label = `${a.product.name} · ${a.role.name}`;
        if (!onRevoke) {
          return (
            <Tooltip key={a.id} label={`Has access · ${a.school?.name ?? "Trust-wide"}`} withArrow>
              <Badge size="sm" variant="light" color="green" tt="none" fw={500} miw="max-content">
                {label}
                {/* The tooltip's words, for whoever can't hover: a screen reader, a keyboard. */}
                <VisuallyHidden>, has access, {a.school?.name ?? "trust-wide"}</VisuallyHidden>
              </Badge>
            </Tooltip>
          );
        }
        return (
          // No focus placeholder: a menu may hold only its items (ARIA), and focus lands on the menu itself instead.
          <Menu key={a.id} position="bottom-start" withArrow shadow="md" withInitialFocusPlaceholder={false}>
            <Menu.Target>
              {/* 24px tall, where a plain badge is 18: a target anyone can hit (WCAG 2.5.8), badges wrapping close together. */}
              <Badge
                component="button"
                type="button"
                size="sm"
                h={24}
                variant="light"
                color="green"
                tt="none"
                fw={500}
                miw="max-content"
                style={{ cursor: "pointer", border: 0 }}
              >
                {label}
              </Badge>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Has access · {a.school?.name ?? "Trust-wide"}</Menu.Label>
              {/* Shade 7: a menu item given a bare colour is drawn in shade 6, 2.7:1 on its hover tint. */}
              <Menu.Item color="red.7" leftSection={<IconBan size={14} />} onClick={() => onRevoke(a)}>
                Revoke access…
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        );
      })}
      {openInvitations.flatMap((inv) =>
        inv.items.map((item) => (
          <Tooltip key={`${inv.id}-${item.id}`} label={`Invitation ${STATE_LABEL[inv.state].toLowerCase()}`} withArrow>
            <Badge size="sm" variant="outline" color={inv.state === "SCHEDULED" ? "violet" : "blue"} tt="none" fw={500} miw="max-content" style={{ borderStyle: "dashed" }}>
              {item.product.name} · invited
              <VisuallyHidden>, invitation {STATE_LABEL[inv.state].toLowerCase()}</VisuallyHidden>
            </Badge>
          </Tooltip>
        )),
      )}
    </Group>
  );
}
