import { List, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import type { InviteeUser, PublicInvitation } from "./types";

/** The end of the journey: what they can use now, and who they are signed in as. */
export function Accepted({ invitation, user }: { invitation: PublicInvitation; user: InviteeUser }) {
  return (
    <Paper withBorder shadow="sm" radius="lg" p={{ base: 24, sm: 36 }}>
      <Stack gap="lg" align="center" ta="center">
        <ThemeIcon size={64} radius="xl" color="green" variant="light">
          <IconCheck size={34} />
        </ThemeIcon>
        <Stack gap={6}>
          <Title order={1} fz={24}>
            You're all set, {user.firstName}
          </Title>
          <Text c="dimmed">
            You now have access to{" "}
            {invitation.trustName ? `these ${invitation.trustName} apps` : "these apps"}. Open them as you usually do and sign in
            with your Lanyard account.
          </Text>
        </Stack>
        <List spacing="xs" ta="left" w="100%" aria-label="Your new access" icon={<IconCheck size={16} color="var(--mantine-color-green-7)" />}>
          {invitation.items.map((item, i) => (
            <List.Item key={i}>
              <Text size="sm">
                <Text span fw={600}>
                  {item.productName}
                </Text>{" "}
                as {item.roleName}
                {item.schoolName ? ` at ${item.schoolName}` : ""}
                {item.cohortName ? ` (${item.cohortName})` : ""}
              </Text>
            </List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          Signed in as {user.email}
        </Text>
      </Stack>
    </Paper>
  );
}
