import { emailRuleProblem } from "@lanyard/shared";
import { requestErrorMessage } from "../api/graphqlRequest";

/** What is wrong with an email, by the server's own rule; null when nothing is. */
export function emailProblem(email: string): string | null {
  return emailRuleProblem(email);
}

/** A sign-in mutation's answer: whether it signed the person in, and the payload's errors. */
interface SignInAnswer {
  signedIn: boolean;
  errors: readonly { message: string }[];
}

/**
 * Runs a sign-in and says why it didn't work, in words for the person; null once signed in.
 * The server gives one vague message for a wrong email or password, on purpose (it never reveals
 * who has an account); a thrown error (e.g. RATE_LIMITED after too many attempts) carries a message
 * meant for people.
 */
export async function signInFailure(attempt: () => Promise<SignInAnswer | null | undefined>): Promise<string | null> {
  try {
    const answer = await attempt();
    if (answer?.signedIn) return null;
    return answer?.errors[0]?.message ?? "Those details didn't work. Check them and try again.";
  } catch (error) {
    return requestErrorMessage(error);
  }
}
