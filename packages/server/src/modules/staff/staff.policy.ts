import type { Actor } from "../auth/actor.js";

/** Who may do what with a roster, as one table. */
export const staffPolicy = {
  read: (actor: Actor, schoolId: string) => actor.schoolId === null || actor.schoolId === schoolId,
  write: (actor: Actor, schoolId: string) => actor.canWrite && (actor.schoolId === null || actor.schoolId === schoolId),
};
