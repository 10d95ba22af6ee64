import { useMutation } from "@apollo/client/react";
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { emailSchema } from "@lanyard/shared";
import { useState, type FormEvent } from "react";
import { useLocation, useNavigate } from "react-router";
import { errorMessage } from "../../features/api/errors";
import { graphql } from "../../gql";
import { PublicFrame } from "../../ui/PublicFrame";

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

/** The message shown when the email is malformed; checked as the person types, after the first blur. */
function emailProblem(email: string): string | null {
  const result = emailSchema.safeParse(email);
  return result.success ? null : (result.error.issues[0]?.message ?? "Enter a valid email address");
}

export function SignInPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [emailTouched, setEmailTouched] = useState(false);
  const [passwordMissing, setPasswordMissing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [signIn, { loading, client }] = useMutation(SignInMutation);

  const emailError = emailTouched ? emailProblem(email) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setEmailTouched(true);
    setPasswordMissing(password === "");
    if (emailProblem(email) || password === "") return;
    setFailure(null);
    try {
      const { data } = await signIn({ variables: { email: email.trim(), password } });
      const payload = data?.signIn;
      if (!payload?.viewer) {
        // The server gives one vague message for a wrong email or password, on purpose.
        setFailure(payload?.errors[0]?.message ?? "Those details didn't work. Check them and try again.");
        return;
      }
      await client.clearStore();
      const from = (location.state as { from?: string } | null)?.from;
      await navigate(from && from.startsWith("/") && !from.startsWith("/sign-in") ? from : "/schools", {
        replace: true,
      });
    } catch (error) {
      // A thrown GraphQL error (e.g. RATE_LIMITED after too many attempts) carries a message meant for people.
      setFailure(errorMessage(error));
    }
  }

  return (
    <PublicFrame footer="Trouble signing in? Ask your trust's Lanyard administrator.">
      <Paper withBorder shadow="sm" radius="lg" p={32}>
        <Stack gap={4} mb="lg">
          <Title order={1} fz={22}>
            Sign in
          </Title>
          <Text c="dimmed" size="sm">
            For trust and school administrators. Staff you've invited don't need an account here.
          </Text>
        </Stack>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {failure && (
              <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
                {failure}
              </Alert>
            )}
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              placeholder="you@yourtrust.org.uk"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              onBlur={() => setEmailTouched(email !== "")}
              error={emailError}
              required
              autoFocus
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => {
                setPassword(e.currentTarget.value);
                setPasswordMissing(false);
              }}
              error={passwordMissing ? "Enter your password" : null}
              required
            />
            <Button type="submit" fullWidth size="md" mt="xs" loading={loading}>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </PublicFrame>
  );
}
