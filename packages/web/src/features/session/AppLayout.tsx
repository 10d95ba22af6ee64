import { useMutation, useQuery } from "@apollo/client/react";
import {
  ActionIcon,
  AppShell,
  Box,
  Burger,
  Button,
  Center,
  Container,
  Divider,
  Group,
  Loader,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  ThemeIcon,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconFileImport, IconFileSpreadsheet, IconInbox, IconLayoutDashboard, IconLogout, IconMailShare, IconPackages, IconSchool, IconUserPlus, IconUsers } from "@tabler/icons-react";
import { Suspense } from "react";
import { NavLink as RouterNavLink, Navigate, Outlet, useLocation, useNavigate } from "react-router";
import { graphql } from "../../gql";
import { errorMessage, isUnauthenticated } from "../api/errors";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { LanyardMark } from "../../ui/LanyardMark";
import { PageSkeleton } from "../../ui/PageSkeleton";
import { SkipLink } from "../../ui/SkipLink";
import { StatementLink } from "../../ui/StatementLink";
import { roleLabel, ViewerProvider, useViewer, type Viewer } from "./viewer";

const LayoutQuery = graphql(`
  query AppLayout {
    viewer {
      ...ViewerContext_viewer
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

// Only screens that exist: a link that goes nowhere is worse than no link.
const NAV = [
  { to: "/", label: "Dashboard", icon: IconLayoutDashboard },
  { to: "/schools", label: "Schools & subscriptions", icon: IconSchool },
  { to: "/products", label: "Products", icon: IconPackages },
  { to: "/staff", label: "Staff roster", icon: IconUsers },
  { to: "/invite", label: "Invite staff", icon: IconUserPlus },
  { to: "/invitations", label: "Invitations", icon: IconMailShare },
  { to: "/mailbox", label: "Mailbox", icon: IconInbox },
  { to: "/reports", label: "Reports", icon: IconFileSpreadsheet },
  { to: "/imports", label: "Import", icon: IconFileImport },
] as const;

/** The signed-in frame: header, navigation, and the current screen. */
export function AppLayout() {
  const location = useLocation();
  const { data, error, refetch } = useQuery(LayoutQuery);

  if (error && isUnauthenticated(error)) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  if (error) {
    return (
      <Container size="sm" py={80}>
        <ErrorAlert title="Lanyard couldn't load" message={errorMessage(error)} onRetry={() => void refetch()} />
      </Container>
    );
  }
  if (!data) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading Lanyard" />
      </Center>
    );
  }
  return (
    <ViewerProvider viewer={data.viewer}>
      <Shell />
    </ViewerProvider>
  );
}

function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const viewer = useViewer();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding={{ base: "md", sm: "xl" }}
      bg="gray.0"
    >
      <SkipLink />
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Group gap={8} wrap="nowrap">
              <LanyardMark size={28} />
              <Text fw={700} fz="lg" lh={1}>
                Lanyard
              </Text>
            </Group>
            <Divider orientation="vertical" visibleFrom="xs" />
            <Text fw={500} c="dimmed" visibleFrom="xs" truncate maw={320}>
              {viewer.trust.name}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Stack gap={0} align="flex-end" visibleFrom="md">
              <Text size="sm" fw={500}>
                {viewer.email}
              </Text>
              <Text size="xs" c="dimmed">
                {viewerLine(viewer)}
              </Text>
            </Stack>
            <SignOutButton />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label="Main">
        <AppShell.Section grow component={ScrollArea}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="xs" pb={6} style={{ letterSpacing: 0.5 }}>
            Your trust
          </Text>
          {NAV.map(({ to, label, icon: Icon }) => (
            <NavLink
              key={to}
              component={RouterNavLink}
              to={to}
              // "/" is current only on the Dashboard itself, not under every screen.
              end={to === "/"}
              label={label}
              onClick={close}
              leftSection={
                <ThemeIcon variant="light" size={28} radius="md">
                  <Icon size={16} stroke={1.8} />
                </ThemeIcon>
              }
              style={{ borderRadius: "var(--mantine-radius-md)" }}
              mb={4}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section hiddenFrom="md" px="sm" py="xs" style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}>
          <Text size="sm" fw={500} truncate>
            {viewer.email}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {viewerLine(viewer)}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <Container size="xl" px={0}>
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
      {/* Below the screen, clear of the navigation as the main region is. */}
      <Box
        component="footer"
        py="md"
        style={{
          paddingInlineStart: "calc(var(--app-shell-navbar-offset, 0rem) + var(--app-shell-padding))",
          paddingInlineEnd: "var(--app-shell-padding)",
          borderTop: "1px solid var(--mantine-color-gray-3)",
        }}
      >
        <Container size="xl" px={0}>
          <StatementLink />
        </Container>
      </Box>
    </AppShell>
  );
}

function SignOutButton() {
  const navigate = useNavigate();
  const [signOut, { loading, client }] = useMutation(SignOutMutation);
  const onClick = async () => {
    try {
      await signOut();
    } finally {
      // Whatever the answer, leave nothing of this session on screen or in memory.
      await navigate("/sign-in", { replace: true });
      await client.clearStore();
    }
  };
  return (
    <>
      <Button variant="default" size="sm" leftSection={<IconLogout size={16} />} loading={loading} onClick={onClick} visibleFrom="xs">
        Sign out
      </Button>
      <ActionIcon variant="default" size="lg" loading={loading} onClick={onClick} aria-label="Sign out" hiddenFrom="xs">
        <IconLogout size={18} />
      </ActionIcon>
    </>
  );
}

function viewerLine(viewer: Viewer): string {
  return viewer.role === "SCHOOL_ADMIN" && viewer.school ? `${roleLabel(viewer)} · ${viewer.school.name}` : roleLabel(viewer);
}
