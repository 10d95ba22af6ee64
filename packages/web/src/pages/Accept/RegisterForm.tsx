import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { FormAlert } from "../../ui/FormAlert";
import { useFocusFirstInvalid } from "../../ui/useFocusFirstInvalid";
import { registrationProblems, type Registration } from "./formProblems";
import { PasswordMeter } from "./PasswordMeter";
import type { PublicInvitation } from "./types";
import type { InviteeUser } from "./types";
import { useAcceptInvitation } from "./useAcceptInvitation";

interface Props {
  token: string;
  invitation: PublicInvitation;
  onAccepted: (user: InviteeUser) => void;
  /** The link stopped working meanwhile: reload it to say why. */
  onLinkGone: () => void;
  /** An account has this email (by now, or the person says so): sign in instead. */
  onSignIn: (notice: string | null) => void;
}

/** A new person: names (prefilled from the invitation), a password, accept. */
export function RegisterForm({ token, invitation, onAccepted, onLinkGone, onSignIn }: Props) {
  const [values, setValues] = useState<Registration>({
    firstName: invitation.firstName ?? "",
    lastName: invitation.lastName ?? "",
    password: "",
    confirm: "",
  });
  // Problems show for a field once the person has left it (or tried to submit), then update as they type.
  const [touched, setTouched] = useState<Partial<Record<keyof Registration, boolean>>>({});
  const [serverErrors, setServerErrors] = useState<Partial<Record<keyof Registration, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const { accept, loading } = useAcceptInvitation(token);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const problems = registrationProblems(values);
  const errorFor = (field: keyof Registration) => serverErrors[field] ?? (touched[field] ? problems[field] : undefined);
  const field = (name: keyof Registration) => ({
    value: values[name],
    onChange: (e: { currentTarget: { value: string } }) => {
      setValues({ ...values, [name]: e.currentTarget.value });
      setServerErrors({ ...serverErrors, [name]: undefined });
    },
    onBlur: () => setTouched({ ...touched, [name]: values[name] !== "" || touched[name] }),
    error: errorFor(name),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched({ firstName: true, lastName: true, password: true, confirm: true });
    if (Object.keys(problems).length > 0) return focusFirstInvalid();
    setAlert(null);
    const outcome = await accept({ firstName: values.firstName.trim(), lastName: values.lastName.trim(), password: values.password });
    if ("user" in outcome) return onAccepted(outcome.user);
    const failure = outcome.failure;
    if (failure.kind === "link-gone") onLinkGone();
    else if (failure.kind === "sign-in-required") onSignIn(failure.message);
    else if (failure.kind === "field") {
      setServerErrors({ [failure.field]: failure.message });
      focusFirstInvalid();
    }
    else setAlert(failure.message);
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Create your account">
      <Stack gap="md">
        <Stack gap={2}>
          <Text fw={600}>Create your Lanyard account</Text>
          <Text size="sm" c="dimmed">
            You'll sign in with {invitation.email ?? "your email"} and this password.
          </Text>
        </Stack>
        <FormAlert message={alert} />
        <Group grow align="flex-start" gap="sm">
          <TextInput label="First name" autoComplete="given-name" required {...field("firstName")} />
          <TextInput label="Last name" autoComplete="family-name" required {...field("lastName")} />
        </Group>
        <Stack gap={8}>
          <PasswordInput label="Password" autoComplete="new-password" required {...field("password")} />
          <PasswordMeter
            password={values.password}
            personal={[values.firstName, values.lastName, invitation.email ?? ""]}
          />
        </Stack>
        <PasswordInput label="Confirm password" autoComplete="new-password" required {...field("confirm")} />
        <Button type="submit" size="md" fullWidth loading={loading}>
          Accept and create account
        </Button>
        <Text size="sm" ta="center">
          Already have a Lanyard account?{" "}
          <Anchor component="button" type="button" onClick={() => onSignIn(null)}>
            Sign in
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
