import type { Actor } from "../auth/actor.js";

/** Who may see which schools: the trust's, or a school admin's own. */
export const schoolPolicy = {
  /** The schools the actor sees; null: every school of the trust. */
  visible(actor: Actor): string[] | null {
    return actor.schoolId === null ? null : [actor.schoolId];
  },
  read(actor: Actor, schoolId: string): boolean {
    return actor.schoolId === null || actor.schoolId === schoolId;
  },
};
