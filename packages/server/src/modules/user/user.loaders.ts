import { In, type DataSource } from "typeorm";
import { placeholders, selectRows } from "../../db/raw.js";
import { loaderByGroup, loaderById, loaderByKey } from "../../graphql/loader-utils.js";
import { Access } from "../access/access.entity.js";
import { accessPolicy } from "../access/access.policy.js";
import type { Actor } from "../auth/actor.js";
import { User } from "./user.entity.js";
import { memberOfTrust } from "./user.service.js";

export function userLoaders(dataSource: DataSource, actor: Actor) {
  const scope = accessPolicy.visibleSchools(actor);
  const users = () => dataSource.getRepository(User).createQueryBuilder("user").where(memberOfTrust("user"), { trustId: actor.trustId });
  return {
    /** Only accounts that belong to this trust: another trust's users are never revealed (rule 5). */
    user: loaderById((ids) => users().andWhere("user.id IN (:...ids)", { ids }).getMany()),
    // Hot: one per list of staff. Only the columns the User type shows.
    memberByEmail: loaderByKey(
      (emails) =>
        selectRows<Pick<User, "id" | "email" | "firstName" | "lastName">>(
          dataSource,
          `SELECT u.id, u.email, u.first_name AS firstName, u.last_name AS lastName FROM \`user\` u
           WHERE u.email IN (${placeholders(emails.length)})
             AND EXISTS (SELECT 1 FROM \`access\` a WHERE a.user_id = u.id AND a.trust_id = ?)`,
          [...emails, actor.trustId],
        ),
      (u) => u.email,
    ),
    accessesByUser: loaderByGroup(
      (userIds: readonly string[]) =>
        dataSource.getRepository(Access).find({
          where: { userId: In([...userIds]), trustId: actor.trustId, ...(scope ? { schoolId: In(scope) } : {}) },
          order: { grantedAt: "ASC", id: "ASC" },
        }),
      (a) => a.userId,
    ),
  };
}
