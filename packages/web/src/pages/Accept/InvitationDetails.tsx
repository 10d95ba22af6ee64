import { Badge, Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconApps, IconClockHour4, IconMail, IconUser } from "@tabler/icons-react";
import dayjs from "dayjs";
import type { ReactNode } from "react";
import type { PublicInvitation } from "./types";

/** What the invitation offers, who sent it, and until when: the first thing an invitee reads. */
export function InvitationDetails({ invitation }: { invitation: PublicInvitation }) {
  const { trustName, firstName, items, invitedBy, expiresAt, email } = invitation;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        {trustName && (
          <Text size="sm" fw={600} c="lanyard.7">
            {trustName}
          </Text>
        )}
        <Title order={1} fz={24}>
          {firstName ? `${firstName}, you're invited` : "You're invited"}
        </Title>
        <Text c="dimmed" size="sm">
          {trustName ? `${trustName} uses Lanyard to give staff access to its apps.` : "Lanyard gives school staff access to their apps."}{" "}
          Accept to get access to:
        </Text>
      </Stack>

      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label="What you're invited to">
        {items.map((item, i) => (
          <Group key={i} component="li" wrap="nowrap" align="flex-start" gap="sm">
            <ThemeIcon variant="light" size={36} radius="md">
              <IconApps size={18} />
            </ThemeIcon>
            <Stack gap={2} style={{ flex: 1 }}>
              <Group gap={8} wrap="wrap">
                <Text fw={600}>{item.productName}</Text>
                <Badge variant="light" tt="none" fw={500}>
                  {item.roleName}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {[item.schoolName ?? "Across the trust", item.cohortName].filter(Boolean).join(" · ")}
              </Text>
              {item.roleDescription && <Text size="sm">{item.roleDescription}</Text>}
            </Stack>
          </Group>
        ))}
      </Stack>

      <Stack gap={6}>
        {email && <Fact icon={<IconMail size={16} />}>For {email}</Fact>}
        {invitedBy && <Fact icon={<IconUser size={16} />}>Invited by {invitedBy}</Fact>}
        {expiresAt && (
          <Fact icon={<IconClockHour4 size={16} />}>
            Works until {dayjs(expiresAt).format("dddd D MMMM YYYY")}
            {daysLeft(expiresAt)}
          </Fact>
        )}
      </Stack>
    </Stack>
  );
}

function Fact({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Group gap={8} wrap="nowrap" c="dimmed">
      {icon}
      <Text size="sm" c="dark.5">
        {children}
      </Text>
    </Group>
  );
}

/** " (3 days left)", when it's soon enough to matter. */
function daysLeft(expiresAt: string): string {
  const days = dayjs(expiresAt).diff(dayjs(), "day");
  if (days > 7) return "";
  if (days < 1) return " (less than a day left)";
  return ` (${days} ${days === 1 ? "day" : "days"} left)`;
}
