import { Box, Center, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { LanyardMark } from "./LanyardMark";

interface Props {
  children: ReactNode;
  /** The column's width: narrow for a form, wider for an invitation. */
  width?: number;
  footer?: ReactNode;
}

/** The frame of pages seen without the app around them (sign-in, an invitee's link): logo, soft background, one column. */
export function PublicFrame({ children, width = 420, footer }: Props) {
  return (
    <Box
      mih="100vh"
      style={{
        background:
          "radial-gradient(1200px 600px at 10% -10%, var(--mantine-color-lanyard-1), transparent 60%), var(--mantine-color-gray-0)",
      }}
    >
      <Center mih="100vh" p="md">
        <Stack w="100%" maw={width} gap="lg" py="xl">
          <Group gap={10} justify="center">
            <LanyardMark size={36} />
            <Text fw={700} fz={26}>
              Lanyard
            </Text>
          </Group>
          {children}
          {footer && (
            <Text size="xs" c="dimmed" ta="center">
              {footer}
            </Text>
          )}
        </Stack>
      </Center>
    </Box>
  );
}
