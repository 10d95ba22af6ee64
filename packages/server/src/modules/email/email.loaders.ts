import { loaderById } from "../../graphql/loader-utils.js";
import type { Actor } from "../auth/actor.js";
import type { MailboxService } from "./mailbox.service.js";

export function emailLoaders(mailbox: Pick<MailboxService, "bodies">, actor: Actor) {
  return {
    /** Message bodies, for mailbox rows that ask for them. */
    emailBody: loaderById((ids) => mailbox.bodies(actor, ids)),
  };
}
