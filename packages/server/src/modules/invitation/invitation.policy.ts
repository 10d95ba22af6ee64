import type { Sql } from "../../db/raw.js";
import type { Actor } from "../auth/actor.js";

/**
 * Who may see, create and change invitations (rule 1). A trust admin or key: every invitation
 * of the trust. A school admin: the invitations holding an item at their school, which are the
 * people they could have invited there; they resend or cancel one only when every item still
 * to be taken up lies in their scope (a school-level product at their school). Anything else on
 * an invitation is managed by the trust: they see its product, and act on none of it.
 * PERMISSIONS.md (src/policy) has who may call each operation at all.
 */
export const invitationPolicy = {
  /** The invitations the actor may see, as a condition over `invitation inv`. */
  visible(actor: Actor): Sql {
    if (actor.schoolId === null) return { sql: "inv.trust_id = ?", params: [actor.trustId] };
    return {
      sql: "inv.trust_id = ? AND EXISTS (SELECT 1 FROM `invitation_item` own_it WHERE own_it.invitation_id = inv.id AND own_it.school_id = ?)",
      params: [actor.trustId, actor.schoolId],
    };
  },

  /**
   * Whether the actor sees every invitation of the trust: then the trust's tallies count what
   * they see (invitation-tally.ts). A school admin's invitations are counted from the rows.
   */
  seesWholeTrust(actor: Actor): boolean {
    return actor.schoolId === null;
  },

  /**
   * Of the invitations the actor sees, those they may resend or cancel, as a condition over
   * `invitation inv`; null when every one. An item granted at once (rule 5) is taken up already,
   * so it doesn't stand in the way.
   */
  changeable(actor: Actor): Sql | null {
    if (actor.schoolId === null) return null;
    return {
      sql: `NOT EXISTS (SELECT 1 FROM \`invitation_item\` trust_it WHERE trust_it.invitation_id = inv.id
              AND (trust_it.school_id IS NULL OR trust_it.school_id <> ?)
              AND NOT EXISTS (SELECT 1 FROM \`access\` granted WHERE granted.invitation_item_id = trust_it.id))`,
      params: [actor.schoolId],
    };
  },

  /**
   * Whether a filter by this school narrows what the actor sees: not for a school admin's own
   * school, since every invitation they see holds an item there (the contract's "listed under
   * this school or holding an item there").
   */
  narrowsBySchool(actor: Actor, schoolId: string): boolean {
    return schoolId !== actor.schoolId;
  },

  /** The items the actor manages, as a condition over the item table aliased `item`; null when every one. */
  managedItems(actor: Actor, item: string): Sql | null {
    return actor.schoolId === null ? null : { sql: `${item}.school_id = ?`, params: [actor.schoolId] };
  },

  /** Whether the actor manages this item; otherwise it shows as managed by the trust. */
  manages(actor: Actor, item: { schoolId: string | null }): boolean {
    return actor.schoolId === null || item.schoolId === actor.schoolId;
  },

  /** Whether the actor may invite this person to a product at this school (null: trust-level). */
  invite(actor: Actor, person: { rosterSchoolId: string | null }, schoolId: string | null): boolean {
    return actor.schoolId === null || (schoolId === actor.schoolId && person.rosterSchoolId === actor.schoolId);
  },

  /**
   * The school an invitation is counted under in the organisation view, as SQL over
   * `invitation inv`: where it is listed; for a school admin, their own school, since every
   * invitation they see holds an item there.
   */
  countedUnder(actor: Actor): Sql {
    return actor.schoolId === null ? { sql: "inv.school_id", params: [] } : { sql: "?", params: [actor.schoolId] };
  },
};
