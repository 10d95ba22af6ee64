import { Brackets, type DataSource } from "typeorm";
import type { Actor } from "../auth/actor.js";
import { paginate, type SortKey } from "../../graphql/cursor.js";
import { Subscription } from "../subscription/subscription.entity.js";
import { School } from "./school.entity.js";
import { schoolPolicy } from "./school.policy.js";
import type { SchoolFilter } from "./school.types.js";
import { like, likePattern } from "../../db/like.js";

const SCHOOL_ORDER: SortKey<School>[] = [
  { column: "school.name", direction: "ASC", value: (s) => s.name },
  { column: "school.id", direction: "ASC", value: (s) => s.id },
];

export class SchoolService {
  constructor(private readonly dataSource: DataSource) {}

  /** The schools the actor may see, as a query to narrow further. */
  scoped(actor: Actor) {
    const qb = this.dataSource
      .getRepository(School)
      .createQueryBuilder("school")
      .where("school.trust_id = :trustId", { trustId: actor.trustId });
    const scope = schoolPolicy.visible(actor);
    if (scope) qb.andWhere("school.id IN (:...scope)", { scope });
    return qb;
  }

  list(actor: Actor, args: { first?: number | null; after?: string | null; filter?: SchoolFilter | null }) {
    return paginate(() => this.filtered(actor, args.filter), SCHOOL_ORDER, args);
  }

  private filtered(actor: Actor, filter: SchoolFilter | null | undefined) {
    const qb = this.scoped(actor);
    const { search, phase, subscribedTo } = filter ?? {};
    if (search?.trim()) {
      const term = search.trim();
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(like("school.name", "pattern"), { pattern: likePattern(term) })
            .orWhere("school.urn = :urn", { urn: term.replace(/\s+/g, "") })
            .orWhere(like("REPLACE(school.postcode, ' ', '')", "postcode"), {
              postcode: likePattern(term.replace(/\s+/g, "").toUpperCase(), "prefix"),
            }),
        ),
      );
    }
    if (phase) qb.andWhere("school.phase = :phase", { phase });
    if (subscribedTo) {
      const active = this.dataSource
        .getRepository(Subscription)
        .createQueryBuilder("sub")
        .select("1")
        .where("sub.school_id = school.id")
        .andWhere("sub.product_id = :subscribedTo")
        .andWhere("sub.starts_at <= :now")
        .andWhere("(sub.ends_at IS NULL OR sub.ends_at > :now)");
      qb.andWhere(`EXISTS (${active.getQuery()})`, { subscribedTo, now: new Date() });
    }
    return qb;
  }

  get(actor: Actor, id: string): Promise<School | null> {
    return this.scoped(actor).andWhere("school.id = :id", { id }).getOne();
  }
}
