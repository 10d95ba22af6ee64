import type { Sql } from "../../db/raw.js";
import type { Actor } from "../auth/actor.js";
import { invitationPolicy } from "../invitation/invitation.policy.js";

/** Which emails the mailbox shows: the trust's; a school admin, those about invitations they see. */
export const emailPolicy = {
  /** The messages the actor may read, as a condition over `email_message m`. */
  visible(actor: Actor): Sql {
    if (actor.schoolId === null) return { sql: "m.trust_id = ?", params: [actor.trustId] };
    const invitations = invitationPolicy.visible(actor);
    return {
      sql: `m.trust_id = ? AND m.subject_type = 'Invitation' AND m.subject_id IN (SELECT inv.id FROM \`invitation\` inv WHERE ${invitations.sql})`,
      params: [actor.trustId, ...invitations.params],
    };
  },
};
