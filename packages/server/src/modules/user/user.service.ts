import { Brackets, type DataSource } from "typeorm";
import { like, likePattern, searchWords } from "../../db/like.js";
import { paginate, type SortKey } from "../../graphql/cursor.js";
import type { Actor } from "../auth/actor.js";
import { User } from "./user.entity.js";
import { userPolicy } from "./user.policy.js";

/**
 * A user belongs to a trust once they hold an access in it. Accounts are platform-wide, so
 * every read goes through this condition: one trust never sees another's users (rule 5).
 */
export const memberOfTrust = (alias: string, schoolParam?: string, trustParam = ":trustId") =>
  `EXISTS (SELECT 1 FROM \`access\` member_access WHERE member_access.user_id = ${alias}.id AND member_access.trust_id = ${trustParam}${
    schoolParam ? ` AND member_access.school_id IN (:...${schoolParam})` : ""
  })`;

const USER_ORDER: SortKey<User>[] = [
  { column: "user.last_name", direction: "ASC", value: (u) => u.lastName },
  { column: "user.first_name", direction: "ASC", value: (u) => u.firstName },
  { column: "user.id", direction: "ASC", value: (u) => u.id },
];

/** Words of a search, each of which must match one of the columns. */
export function applySearch(qb: { andWhere(b: Brackets): unknown }, columns: string[], search: string | null | undefined) {
  searchWords(search).forEach((word, i) => {
    qb.andWhere(
      new Brackets((w) => {
        for (const column of columns) w.orWhere(like(column, `search_${i}`), { [`search_${i}`]: likePattern(word) });
      }),
    );
  });
}

export class UserService {
  constructor(private readonly dataSource: DataSource) {}

  list(actor: Actor, args: { first?: number | null; after?: string | null; search?: string | null }) {
    const scope = userPolicy.memberOfSchools(actor);
    const query = () => {
      const qb = this.dataSource
        .getRepository(User)
        .createQueryBuilder("user")
        .where(memberOfTrust("user", scope ? "scope" : undefined), { trustId: actor.trustId, scope });
      applySearch(qb, ["user.first_name", "user.last_name", "user.email"], args.search);
      return qb;
    };
    return paginate(query, USER_ORDER, args);
  }
}
