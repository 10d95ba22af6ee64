// Shared by the invitation tests: the operations as an integrator writes them, and small readers.
import { renderStored, type StoredContent } from "../modules/email/email-content.js";
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

/** invitationStats with every field (the dashboard asks for all of them). */
export const STATS = `query($filter: InvitationFilter, $from: DateTime, $to: DateTime) {
  invitationStats(filter: $filter, from: $from, to: $to) {
    total byState { state count } byDay { day sent accepted }
    bySchool { school { id } total accepted pending } byProduct { product { id } total accepted pending }
    acceptanceRate medianHoursToAccept
  }
}`;

export const INVITATION = `query($id: ID!) {
  invitation(id: $id) { id email state delivery lastError sentAt expiresAt respondedAt existingUser invitedBy
    events { at kind actorEmail detail date } items { product { code } school { id } } }
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

/** The accept token in the newest email queued about an invitation (of this kind), read as its text part says it. */
export async function emailedToken(server: TestServer, invitationId: string, kind?: string): Promise<string> {
  const [row] = (await server.db.dataSource.query(
    `SELECT kind, html, text_body, data FROM email_message WHERE subject_id = ?${kind ? " AND kind = ?" : ""} ORDER BY created_at DESC, id DESC LIMIT 1`,
    kind ? [invitationId, kind] : [invitationId],
  )) as StoredContent[];
  if (!row) throw new Error(`no email was queued about invitation ${invitationId}`);
  const { text } = await renderStored(row);
  return /\/accept\/([A-Za-z0-9_-]{43})/.exec(text)![1]!;
}
