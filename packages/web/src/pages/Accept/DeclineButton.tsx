import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { requestErrorMessage } from "../../features/api/graphqlRequest";
import { useOperation } from "../../features/api/publicHooks";
import { acceptFailure } from "./acceptFailure";
import { DeclineInvitationMutation } from "./acceptOperations";
import type { PublicInvitation } from "./types";

interface Props {
  token: string;
  invitation: PublicInvitation;
  onDeclined: () => void;
  onLinkGone: () => void;
}

/** Declining is final for this link, so it asks first. */
export function DeclineButton({ token, invitation, onDeclined, onLinkGone }: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [decline, { loading }] = useOperation(DeclineInvitationMutation);
  const sender = invitation.invitedBy ?? "The person who invited you";

  async function confirm() {
    setProblem(null);
    try {
      const data = await decline({ token });
      const first = data.declineInvitation.errors[0];
      if (!first) return onDeclined();
      if (acceptFailure(first).kind === "link-gone") return onLinkGone();
      setProblem(first.message);
    } catch (error) {
      setProblem(requestErrorMessage(error));
    }
  }

  return (
    <>
      <Button variant="subtle" color="gray" onClick={open}>
        Decline invitation
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title="Decline this invitation?"
        centered
        radius="md"
        closeButtonProps={{ "aria-label": "Close" }}
      >
        <Stack gap="md">
          <Text size="sm">
            You won't get access to {invitation.items.map((i) => i.productName).filter(unique).join(", ")}. {sender} will see that
            you declined, and this link will stop working.
          </Text>
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep invitation
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              Decline
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function unique<T>(value: T, index: number, all: T[]): boolean {
  return all.indexOf(value) === index;
}
