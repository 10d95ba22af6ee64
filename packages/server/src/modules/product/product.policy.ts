import { ProductLevel } from "@lanyard/shared";
import type { Actor } from "../auth/actor.js";

/**
 * The trust's catalogue. A school admin works only with school-level products (rule 1), so those
 * are the ones they list and invite to; any product on an invitation they see is still shown by
 * name, as managed by the trust.
 */
export const productPolicy = {
  /** The levels of product the actor lists and invites to. */
  levels(actor: Actor): ProductLevel[] {
    return actor.schoolId === null ? [ProductLevel.TRUST, ProductLevel.SCHOOL] : [ProductLevel.SCHOOL];
  },
};
