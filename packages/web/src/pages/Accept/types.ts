import type { AcceptPageQuery } from "../../gql-public/graphql";

/** What the accept page knows about the invitation behind a link. */
export type PublicInvitation = AcceptPageQuery["invitationByToken"];
export type InviteeUser = NonNullable<AcceptPageQuery["currentUser"]>;
