import { useMutation } from "@apollo/client/react";
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { IconAlertCircle, IconInfoCircle } from "@tabler/icons-react";
import { emailSchema } from "@lanyard/shared";
import { useState, type FormEvent } from "react";
import { errorMessage } from "../../features/api/errors";
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
  const [signIn, signingIn] = useMutation(SignInUserMutation);
  const { accept, loading: accepting } = useAcceptInvitation(token);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const emailOk = emailSchema.safeParse(email);
    const problems = {
      ...(emailOk.success ? {} : { email: emailOk.error.issues[0]?.message ?? "Enter your email address" }),
      ...(password ? {} : { password: "Enter your password" }),
    };
    setMissing(problems);
    if (Object.keys(problems).length > 0) return;
    setAlert(null);
    try {
      const { data } = await signIn({ variables: { email: email.trim(), password } });
      const result = data?.signInUser;
      if (!result?.user) {
        // One vague message for a wrong email or password, on purpose (it never reveals who has an account).
        setAlert(result?.errors[0]?.message ?? "Those details didn't work. Check them and try again.");
        return;
      }
    } catch (error) {
      setAlert(errorMessage(error));
      return;
    }
    const outcome = await accept();
    if ("user" in outcome) return onAccepted(outcome.user);
    if (outcome.failure.kind === "link-gone") return onLinkGone();
    onSignedIn("message" in outcome.failure ? outcome.failure.message : "The invitation couldn't be accepted. Try again.");
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Sign in to accept">
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
        {alert && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {alert}
          </Alert>
        )}
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={missing.email}
          required
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => {
            setPassword(e.currentTarget.value);
            setMissing({ ...missing, password: undefined });
          }}
          error={missing.password}
          required
          autoFocus
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
