import type { DataSource } from "typeorm";
import type { Actor } from "../modules/auth/actor.js";
import { productLoaders } from "../modules/product/product.loaders.js";
import { schoolLoaders } from "../modules/school/school.loaders.js";
import { userLoaders } from "../modules/user/user.loaders.js";
import { emailLoaders } from "../modules/email/email.loaders.js";
import type { MailboxService } from "../modules/email/mailbox.service.js";
import { invitationLoaders } from "../modules/invitation/invitation.loaders.js";
import { importLoaders } from "../modules/import/import.loaders.js";

/** Per-request DataLoaders, each scoped to the actor's trust: a list never queries per row. */
export function createLoaders(dataSource: DataSource, actor: Actor, mailbox: Pick<MailboxService, "bodies">) {
  return {
    ...schoolLoaders(dataSource, actor),
    ...productLoaders(dataSource, actor),
    ...userLoaders(dataSource, actor),
    ...invitationLoaders(dataSource, actor),
    ...emailLoaders(mailbox, actor),
    ...importLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Public operations run without loaders: anything reaching for one is a bug, said loudly. */
export const anonymousLoaders = new Proxy({} as Loaders, {
  get(_target, name) {
    throw new Error(`loader "${String(name)}" used without a signed-in caller`);
  },
});
