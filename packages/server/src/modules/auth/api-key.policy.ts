import type { Actor } from "./actor.js";

/** Keys are managed by trust admins in the browser (or with the CLI), never by another key. */
export const apiKeyPolicy = {
  manage(actor: Actor): boolean {
    return actor.kind === "admin" && actor.schoolId === null;
  },
};
