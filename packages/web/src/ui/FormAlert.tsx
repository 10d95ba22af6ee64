import { Alert } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";

/** Why a form's last attempt didn't work, announced as it appears; nothing while there is nothing to say. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
      {message}
    </Alert>
  );
}
