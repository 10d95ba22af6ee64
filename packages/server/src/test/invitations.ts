// Shared by the invitation tests: the operations as an integrator writes them, and small readers.
import type { Caller, TestServer } from "./server.js";

export const INVITE = `mutation($input: InviteStaffInput!) {
  inviteStaff(input: $input) {
    invitations { id email state existingUser expiresAt sendAt delivery school { id } items { product { code } role { code } school { id } cohort { id } } }
    summary { invitations items newPeople existingUsers skipped }
    links { invitationId email url }
    skipped { email productId schoolId reason }
    errors { field message code }
  }
}`;

export const ACCEPT = `mutation($token: String!, $f: String, $l: String, $p: String) {
  acceptInvitation(token: $token, firstName: $f, lastName: $l, password: $p) {
    invitation { id state } user { id email } errors { code message field }
  }
}`;

export const DECLINE = `mutation($token: String!) { declineInvitation(token: $token) { invitation { id state } errors { code message } } }`;

export const PREVIEW = `query($token: String!) {
  invitationByToken(token: $token) { status message trustName email items { productName roleName schoolName } invitedBy expiresAt existingUser }
}`;

export const RESEND = `mutation($s: InvitationSelection!) { resendInvitations(selection: $s) { count errors { code message } } }`;
export const CANCEL = `mutation($s: InvitationSelection!) { cancelInvitations(selection: $s) { count errors { code message } } }`;

export const INVITATION = `query($id: ID!) {
  invitation(id: $id) { id email state delivery lastError sentAt expiresAt respondedAt existingUser invitedBy
    events { at kind actorEmail detail } items { product { code } school { id } } }
}`;

export interface InviteInput {
  staffIds?: string[];
  emails?: string[];
  items: { productId: string; schoolIds?: string[]; cohortId?: string }[];
  roleCode: string;
  expiresAt?: string;
  sendAt?: string;
  dryRun?: boolean;
  returnLinks?: boolean;
}

export async function invite(server: TestServer, caller: Caller, input: InviteInput) {
  const res = await server.gql(INVITE, { input }, caller);
  if (!res.data) throw new Error(`inviteStaff failed: ${JSON.stringify(res.errors)}`);
  return res.data.inviteStaff as {
    invitations: { id: string; email: string; state: string; existingUser: boolean; expiresAt: string; sendAt: string; delivery: string; school: { id: string } | null; items: { product: { code: string }; school: { id: string } | null }[] }[];
    summary: { invitations: number; items: number; newPeople: number; existingUsers: number; skipped: number };
    links: { invitationId: string; email: string; url: string }[];
    skipped: { email: string; productId: string; schoolId: string | null; reason: string }[];
    errors: { field: string[]; message: string; code: string }[];
  };
}

/** The token at the end of an accept link. */
export const tokenOf = (url: string) => url.split("/accept/")[1]!;
