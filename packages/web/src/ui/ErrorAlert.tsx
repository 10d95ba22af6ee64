import { Alert, Button } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";

interface Props {
  title?: string;
  message: string;
  onRetry?: () => void;
}

export function ErrorAlert({ title = "Something went wrong", message, onRetry }: Props) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle size={20} />} role="alert">
      {message}
      {onRetry && (
        <Button display="block" mt="sm" size="xs" variant="white" color="red" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}
