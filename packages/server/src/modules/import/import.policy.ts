import type { Sql } from "../../db/raw.js";
import type { Actor } from "../auth/actor.js";

/**
 * Who sees which imports and may import for where. A trust admin or key: every import of the
 * trust, any school and trust-level products. A school admin: the imports uploaded for their
 * school, and rows for their school's school-level products only (invitationPolicy's rule 1).
 * Another trust's import is not found. PERMISSIONS.md has who may call each operation at all.
 */
export const importPolicy = {
  /** The school an import is filed under: the uploader's; null for the trust. */
  fileUnder(actor: Actor): string | null {
    return actor.schoolId;
  },

  /** The imports the actor sees, as a condition over `import imp`. */
  visible(actor: Actor): Sql {
    if (actor.schoolId === null) return { sql: "imp.trust_id = ?", params: [actor.trustId] };
    return { sql: "imp.trust_id = ? AND imp.school_id = ?", params: [actor.trustId, actor.schoolId] };
  },

  /** Whether the actor may import rows at this school (null: a trust-level product). */
  importAt(actor: Actor, schoolId: string | null): boolean {
    return actor.schoolId === null || schoolId === actor.schoolId;
  },

  /**
   * Whether a row for someone not on the school's roster adds them to it (with its external_id
   * as their MIS id): a school admin invites only their roster's people (invitationPolicy.invite),
   * so their file brings the people with it. The trust's admins invite anyone by email.
   */
  addsToRoster(actor: Actor): boolean {
    return actor.schoolId !== null;
  },

  /** The school an actor is limited to, to name it in a row's error; null when none. */
  ownSchool(actor: Actor): string | null {
    return actor.schoolId;
  },
};
