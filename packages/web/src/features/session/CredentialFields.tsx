import { PasswordInput, TextInput } from "@mantine/core";

interface Props {
  email: string;
  onEmailChange: (email: string) => void;
  onEmailBlur?: () => void;
  emailError: string | null | undefined;
  emailPlaceholder?: string;
  password: string;
  onPasswordChange: (password: string) => void;
  passwordError: string | null | undefined;
  /** Where the cursor starts, when the fields appear after the page (a page itself starts at the top). */
  autoFocus?: "email" | "password";
}

/** Email and password to sign in with, marked so browsers and password managers fill them in. */
export function CredentialFields(props: Props) {
  return (
    <>
      <TextInput
        label="Email"
        type="email"
        autoComplete="username"
        placeholder={props.emailPlaceholder}
        value={props.email}
        onChange={(e) => props.onEmailChange(e.currentTarget.value)}
        onBlur={props.onEmailBlur}
        error={props.emailError}
        required
        autoFocus={props.autoFocus === "email"}
      />
      <PasswordInput
        label="Password"
        autoComplete="current-password"
        value={props.password}
        onChange={(e) => props.onPasswordChange(e.currentTarget.value)}
        error={props.passwordError}
        required
        autoFocus={props.autoFocus === "password"}
      />
    </>
  );
}
