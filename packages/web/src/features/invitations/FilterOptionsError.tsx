import { Alert, Button } from "@mantine/core";
import { errorMessage } from "../api/errors";

/** Above an invitation filter pane whose choices (products, roles, cohorts) failed to load: why, and a way to try again. */
export function FilterOptionsError({ error, onRetry }: { error: unknown; onRetry: () => unknown }) {
  return (
    <Alert color="yellow" variant="light" mb="md" title="The filter choices couldn't be loaded">
      {errorMessage(error)}{" "}
      <Button size="compact-xs" variant="white" color="yellow" onClick={() => void onRetry()}>
        Try again
      </Button>
    </Alert>
  );
}
