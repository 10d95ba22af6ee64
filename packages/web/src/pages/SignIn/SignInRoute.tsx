import { useLocation } from "react-router";
import { SignInPage } from "./SignInPage";

/** /sign-in inside the admin app (a session ended mid-use): returns to where the person was. */
export function SignInRoute() {
  const location = useLocation();
  return <SignInPage returnTo={(location.state as { from?: unknown } | null)?.from} />;
}
