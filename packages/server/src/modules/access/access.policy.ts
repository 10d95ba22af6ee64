import type { Actor } from "../auth/actor.js";

/**
 * Who may see and end which accesses: the trust's, or a school admin's own school's (never a
 * trust-level access: that one is managed by the trust).
 */
export const accessPolicy = {
  /** The schools whose accesses the actor sees; null: every access of the trust. */
  visibleSchools(actor: Actor): string[] | null {
    return actor.schoolId === null ? null : [actor.schoolId];
  },
  read(actor: Actor, access: { trustId: string; schoolId: string | null }): boolean {
    return access.trustId === actor.trustId && (actor.schoolId === null || access.schoolId === actor.schoolId);
  },
  revoke(actor: Actor, access: { trustId: string; schoolId: string | null }): boolean {
    return actor.canWrite && accessPolicy.read(actor, access);
  },
};
