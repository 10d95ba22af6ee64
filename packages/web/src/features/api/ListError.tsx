import { Stack } from "@mantine/core";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { errorMessage } from "./errors";

interface Props {
  /** e.g. "The roster couldn't be loaded" */
  title: string;
  error: unknown;
  /** Usually the query's refetch. */
  onRetry: () => unknown;
}

/** What a list's panel shows when its query failed: why, in words, and a way to try again. */
export function ListError({ title, error, onRetry }: Props) {
  return (
    <Stack p="md">
      <ErrorAlert title={title} message={errorMessage(error)} onRetry={() => void onRetry()} />
    </Stack>
  );
}
