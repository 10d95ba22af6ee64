import type { Actor } from "../auth/actor.js";

/** Who may see and change which rosters: the trust's, or a school admin's own school's. */
export const staffPolicy = {
  /** The schools whose rosters the actor sees; null: every school of the trust. */
  visibleSchools(actor: Actor): string[] | null {
    return actor.schoolId === null ? null : [actor.schoolId];
  },
  read(actor: Actor, schoolId: string): boolean {
    return actor.schoolId === null || actor.schoolId === schoolId;
  },
  write(actor: Actor, schoolId: string): boolean {
    return actor.canWrite && (actor.schoolId === null || actor.schoolId === schoolId);
  },
};
