import { Alert, Anchor, Button, Stack, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useState, type FormEvent } from "react";
import { useOperation } from "../../features/api/publicHooks";
import { CredentialFields } from "../../features/session/CredentialFields";
import { emailProblem, signInFailure } from "../../features/session/credentials";
import { FormAlert } from "../../ui/FormAlert";
import { useFocusFirstInvalid } from "../../ui/useFocusFirstInvalid";
import { failureMessage } from "./acceptFailure";
import { SignInUserMutation } from "./acceptOperations";
import type { InviteeUser, PublicInvitation } from "./types";
import { useAcceptInvitation } from "./useAcceptInvitation";

interface Props {
  token: string;
  invitation: PublicInvitation;
  /** Why they're asked to sign in, e.g. an account with this email exists now. */
  notice: string | null;
  onAccepted: (user: InviteeUser) => void;
  onLinkGone: () => void;
  /** Signed in, but accepting needs something else: the page reloads to show the signed-in state and this message. */
  onSignedIn: (problem: string) => void;
  /** Offered only to someone who may register instead. */
  onRegister: (() => void) | null;
}

/** Someone with an account: sign in (as the invited email), then accept in the same click. */
export function InviteeSignInForm({ token, invitation, notice, onAccepted, onLinkGone, onSignedIn, onRegister }: Props) {
  const [email, setEmail] = useState(invitation.email ?? "");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [signIn, signingIn] = useOperation(SignInUserMutation);
  const { accept, loading: accepting } = useAcceptInvitation(token);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const emailWrong = emailProblem(email);
    const problems = {
      ...(emailWrong ? { email: emailWrong } : {}),
      ...(password ? {} : { password: "Enter your password" }),
    };
    setMissing(problems);
    if (Object.keys(problems).length > 0) return focusFirstInvalid();
    setAlert(null);
    const problem = await signInFailure(async () => {
      const data = await signIn({ email: email.trim(), password });
      return { signedIn: Boolean(data.signInUser.user), errors: data.signInUser.errors };
    });
    if (problem) return setAlert(problem);
    const outcome = await accept();
    if ("user" in outcome) return onAccepted(outcome.user);
    if (outcome.failure.kind === "link-gone") return onLinkGone();
    onSignedIn(failureMessage(outcome.failure));
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Sign in to accept">
      <Stack gap="md">
        <Stack gap={2}>
          <Text fw={600}>Sign in to accept</Text>
          <Text size="sm" c="dimmed">
            Use your Lanyard account{invitation.email ? ` for ${invitation.email}` : ""}.
          </Text>
        </Stack>
        {notice && (
          <Alert color="lanyard" variant="light" icon={<IconInfoCircle size={18} />}>
            {notice}
          </Alert>
        )}
        <FormAlert message={alert} />
        <CredentialFields
          email={email}
          onEmailChange={setEmail}
          emailError={missing.email}
          password={password}
          onPasswordChange={(next) => {
            setPassword(next);
            setMissing({ ...missing, password: undefined });
          }}
          passwordError={missing.password}
          autoFocus="password"
        />
        <Button type="submit" size="md" fullWidth loading={signingIn.loading || accepting}>
          Sign in and accept
        </Button>
        {onRegister && (
          <Text size="sm" ta="center">
            New to Lanyard?{" "}
            <Anchor component="button" type="button" onClick={onRegister}>
              Create an account instead
            </Anchor>
          </Text>
        )}
      </Stack>
    </form>
  );
}
