import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useOperation } from "../../features/api/publicHooks";
import { CredentialFields } from "../../features/session/CredentialFields";
import { emailProblem, signInFailure } from "../../features/session/credentials";
import { landingAfterSignIn } from "../../features/session/landing";
import { graphql } from "../../gql-public";
import { FormAlert } from "../../ui/FormAlert";
import { PublicFrame } from "../../ui/PublicFrame";
import { useFocusFirstInvalid } from "../../ui/useFocusFirstInvalid";

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      viewer {
        email
      }
      errors {
        message
        code
      }
    }
  }
`);

interface Props {
  /** The page the person was sent here from (the admin app passes it); the Dashboard otherwise. */
  returnTo?: unknown;
  /** Opens the admin app once signed in: a full page load, so it starts with this session and nothing cached. */
  openApp?: (path: string) => void;
}

export function SignInPage({ returnTo, openApp = (path) => window.location.replace(path) }: Props) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [emailTouched, setEmailTouched] = useState(false);
  const [passwordMissing, setPasswordMissing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [signIn, { loading }] = useOperation(SignInMutation);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const emailError = emailTouched ? emailProblem(email) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setEmailTouched(true);
    setPasswordMissing(password === "");
    if (emailProblem(email) || password === "") return focusFirstInvalid();
    setFailure(null);
    const problem = await signInFailure(async () => {
      const data = await signIn({ email: email.trim(), password });
      return { signedIn: Boolean(data.signIn.viewer), errors: data.signIn.errors };
    });
    if (problem) return setFailure(problem);
    setLeaving(true);
    openApp(landingAfterSignIn(returnTo));
  }

  return (
    <PublicFrame title="Sign in" footer="Trouble signing in? Ask your trust's Lanyard administrator.">
      <Paper withBorder shadow="sm" radius="lg" p={32}>
        <Stack gap={4} mb="lg">
          <Title order={1} fz={22}>
            Sign in
          </Title>
          <Text c="dimmed" size="sm">
            For trust and school administrators. Staff you've invited don't need an account here.
          </Text>
        </Stack>
        <form ref={formRef} onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormAlert message={failure} />
            <CredentialFields
              email={email}
              onEmailChange={setEmail}
              onEmailBlur={() => setEmailTouched(email !== "")}
              emailError={emailError}
              emailPlaceholder="you@yourtrust.org.uk"
              password={password}
              onPasswordChange={(next) => {
                setPassword(next);
                setPasswordMissing(false);
              }}
              passwordError={passwordMissing ? "Enter your password" : null}
            />
            <Button type="submit" fullWidth size="md" mt="xs" loading={loading || leaving}>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </PublicFrame>
  );
}
