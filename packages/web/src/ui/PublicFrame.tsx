import { Box, Center, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { LanyardMark } from "./LanyardMark";
import { useScreenTitle } from "./screenTitle";
import { SkipLink } from "./SkipLink";
import { StatementLink } from "./StatementLink";

interface Props {
  /** The screen's name in the browser tab ("Sign in" → "Sign in · Lanyard"); the page supplies its own h1. */
  title: string;
  children: ReactNode;
  /** The column's width: narrow for a form, wider for an invitation. */
  width?: number;
  footer?: ReactNode;
}

/**
 * The frame of pages seen without the app around them (sign-in, an invitee's link, the accessibility
 * statement): logo, soft background, one column. No router or API here: the public pages load on their own.
 */
export function PublicFrame({ title, children, width = 420, footer }: Props) {
  useScreenTitle(title);
  return (
    <Box
      mih="100vh"
      style={{
        background:
          "radial-gradient(1200px 600px at 10% -10%, var(--mantine-color-lanyard-1), transparent 60%), var(--mantine-color-gray-0)",
      }}
    >
      <SkipLink />
      <Center mih="100vh" p="md">
        <Stack w="100%" maw={width} gap="lg" py="xl">
          <Group component="header" gap={10} justify="center">
            <LanyardMark size={36} />
            <Text fw={700} fz={26}>
              Lanyard
            </Text>
          </Group>
          <Stack component="main" id="main" tabIndex={-1} gap="lg">
            {children}
          </Stack>
          <Stack component="footer" gap={4} align="center" ta="center">
            {footer && (
              <Text size="sm" c="dimmed">
                {footer}
              </Text>
            )}
            <StatementLink />
          </Stack>
        </Stack>
      </Center>
    </Box>
  );
}
