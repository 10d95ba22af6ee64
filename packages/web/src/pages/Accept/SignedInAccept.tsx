import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconAlertCircle, IconUserCircle } from "@tabler/icons-react";
import { useState } from "react";
import { useOperation } from "../../features/api/publicHooks";
import { FormAlert } from "../../ui/FormAlert";
import { failureMessage } from "./acceptFailure";
import { SignOutUserMutation } from "./acceptOperations";
import type { InviteeUser, PublicInvitation } from "./types";
import { useAcceptInvitation } from "./useAcceptInvitation";

interface Props {
  token: string;
  invitation: PublicInvitation;
  user: InviteeUser;
  /** A message carried over from signing in (e.g. the server's WRONG_ACCOUNT). */
  notice: string | null;
  onAccepted: (user: InviteeUser) => void;
  onLinkGone: () => void;
  /** Signed out on this browser: the page reloads and offers a sign-in. */
  onSignedOut: () => void;
}

/** Someone already signed in on this browser: one button, or, for another account, a way to switch. */
export function SignedInAccept({ token, invitation, user, notice, onAccepted, onLinkGone, onSignedOut }: Props) {
  const [alert, setAlert] = useState<string | null>(notice);
  const { accept, loading } = useAcceptInvitation(token);
  const [signOut, signingOut] = useOperation(SignOutUserMutation);
  // Rule 5: an invitation is taken up by the account with its email, never by whoever happens to be signed in.
  const sameAccount = !invitation.email || invitation.email.toLowerCase() === user.email.toLowerCase();

  async function onAccept() {
    setAlert(null);
    const outcome = await accept();
    if ("user" in outcome) return onAccepted(outcome.user);
    if (outcome.failure.kind === "link-gone") return onLinkGone();
    setAlert(failureMessage(outcome.failure));
  }

  async function onSwitch() {
    await signOut({}).catch(() => null);
    onSignedOut();
  }

  return (
    <Stack gap="md">
      <Group gap="sm" wrap="nowrap">
        <IconUserCircle size={28} stroke={1.5} color="var(--mantine-color-dimmed)" aria-hidden />
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            Signed in as {user.firstName} {user.lastName}
          </Text>
          <Text size="sm" c="dimmed">
            {user.email}
          </Text>
        </Stack>
      </Group>
      <FormAlert message={alert} />
      {sameAccount ? (
        <>
          <Button size="md" fullWidth loading={loading} onClick={() => void onAccept()}>
            Accept invitation
          </Button>
          <Button variant="subtle" color="gray" size="xs" onClick={() => void onSwitch()} loading={signingOut.loading}>
            Not you? Sign out
          </Button>
        </>
      ) : (
        <>
          <Alert color="orange" variant="light" icon={<IconAlertCircle size={18} />}>
            This invitation is for {invitation.email}. Sign out, then sign in with that email to accept it.
          </Alert>
          <Button size="md" fullWidth variant="default" onClick={() => void onSwitch()} loading={signingOut.loading}>
            Sign out and switch account
          </Button>
        </>
      )}
    </Stack>
  );
}
