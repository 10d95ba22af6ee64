import { useState } from "react";
import { InviteeSignInForm } from "./InviteeSignInForm";
import { RegisterForm } from "./RegisterForm";
import { SignedInAccept } from "./SignedInAccept";
import type { InviteeUser, PublicInvitation } from "./types";

interface Props {
  token: string;
  invitation: PublicInvitation;
  currentUser: InviteeUser | null;
  onAccepted: (user: InviteeUser) => void;
  /** Reads the link and the signed-in user again (after a sign-in or out, or when the link stopped working). */
  onReload: () => void;
}

/**
 * Which way to accept: signed in already → one button; an existing user (or one who says so) → sign in;
 * anyone else → register. Rule 5: existing accounts always accept signed in, never by setting a password.
 */
export function AcceptActions({ token, invitation, currentUser, onAccepted, onReload }: Props) {
  const firstMode = invitation.existingUser ? "sign-in" : "register";
  const [mode, setMode] = useState<"register" | "sign-in">(firstMode);
  const [notice, setNotice] = useState<string | null>(null);

  if (currentUser) {
    return (
      <SignedInAccept
        token={token}
        invitation={invitation}
        user={currentUser}
        notice={notice}
        onAccepted={onAccepted}
        onLinkGone={onReload}
        onSignedOut={() => {
          setNotice(null);
          setMode(firstMode);
          onReload();
        }}
      />
    );
  }
  if (mode === "sign-in") {
    return (
      <InviteeSignInForm
        token={token}
        invitation={invitation}
        notice={notice}
        onAccepted={onAccepted}
        onLinkGone={onReload}
        onSignedIn={(problem) => {
          setNotice(problem);
          onReload();
        }}
        onRegister={
          invitation.existingUser
            ? null
            : () => {
                setNotice(null);
                setMode("register");
              }
        }
      />
    );
  }
  return (
    <RegisterForm
      token={token}
      invitation={invitation}
      onAccepted={onAccepted}
      onLinkGone={onReload}
      onSignIn={(message) => {
        setNotice(message);
        setMode("sign-in");
      }}
    />
  );
}
