import { requestErrorMessage } from "../../features/api/graphqlRequest";
import { useOperation } from "../../features/api/publicHooks";
import { acceptFailure, NOT_ACCEPTED, type AcceptFailure } from "./acceptFailure";
import { AcceptInvitationMutation } from "./acceptOperations";
import type { InviteeUser } from "./types";

export type AcceptOutcome = { user: InviteeUser } | { failure: AcceptFailure };

/** acceptInvitation, answered as the accepted user or what went wrong (never thrown). */
export function useAcceptInvitation(token: string) {
  const [mutate, { loading }] = useOperation(AcceptInvitationMutation);

  async function accept(registration: { firstName?: string; lastName?: string; password?: string } = {}): Promise<AcceptOutcome> {
    try {
      const data = await mutate({ token, ...registration });
      const payload = data.acceptInvitation;
      if (payload.user) return { user: payload.user };
      const first = payload.errors[0];
      return { failure: first ? acceptFailure(first) : { kind: "alert", message: NOT_ACCEPTED } };
    } catch (error) {
      return { failure: { kind: "alert", message: requestErrorMessage(error) } };
    }
  }

  return { accept, loading };
}
