import { Alert, List } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";

/** The payload's `errors`: what the server refused, each with how to fix it. */
export function UserErrors({ errors, title }: { errors: readonly { message: string }[]; title: string }) {
  if (errors.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle size={20} />} role="alert">
      {errors.length === 1 ? (
        errors[0]?.message
      ) : (
        <List size="sm" spacing={2}>
          {errors.map((e, i) => (
            <List.Item key={i}>{e.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
