import { Button, Container, Stack, Text, Title } from "@mantine/core";
import { useRouteError } from "react-router";
import { useScreenTitle } from "./screenTitle";

/** Last resort for a screen that fails to render or load (e.g. a stale chunk after a deploy). */
export function RouteError() {
  const error = useRouteError();
  const detail = error instanceof Error ? error.message : null;
  useScreenTitle("This page didn't load");
  return (
    <Container component="main" id="main" tabIndex={-1} size="sm" py={80}>
      <Stack gap="sm" align="flex-start">
        <Title order={1} fz={24}>
          This page didn't load
        </Title>
        <Text c="dimmed">
          Reloading usually fixes it. If it keeps happening, tell your trust's Lanyard administrator what you were doing.
        </Text>
        {detail && (
          <Text size="sm" c="dimmed" ff="monospace">
            {detail}
          </Text>
        )}
        <Button mt="sm" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </Stack>
    </Container>
  );
}
