import type { Actor } from "../auth/actor.js";

/**
 * Which accounts the actor sees. Accounts are platform-wide, so only members show: users holding
 * an access in the trust (rule 5), and for a school admin an access at their school.
 */
export const userPolicy = {
  /** The schools whose members the actor sees; null: every member of the trust. */
  memberOfSchools(actor: Actor): string[] | null {
    return actor.schoolId === null ? null : [actor.schoolId];
  },
};
