import { In, type DataSource } from "typeorm";
import { placeholders, selectColumns, selectRows } from "../../db/raw.js";
import { loaderByGroup, loaderById } from "../../graphql/loader-utils.js";
import type { Actor } from "../auth/actor.js";
import { Subscription } from "../subscription/subscription.entity.js";
import { Trust } from "../trust/trust.entity.js";
import { SCHOOL_COLUMNS, type SchoolRow } from "./school.columns.js";
import { schoolPolicy } from "./school.policy.js";

export function schoolLoaders(dataSource: DataSource, actor: Actor) {
  const { trustId } = actor;
  const visible = schoolPolicy.visible(actor);
  return {
    // Only the caller's own trust is ever loaded.
    trust: loaderById((ids) => (ids.includes(trustId) ? dataSource.getRepository(Trust).findBy({ id: trustId }) : Promise.resolve([]))),
    // Hot: one per list of rows. Only the columns the School type shows; a school the actor
    // doesn't see (schoolPolicy) is null, wherever it is reached from.
    school: loaderById((ids) => {
      const wanted = visible ? ids.filter((id) => visible.includes(id)) : ids;
      if (wanted.length === 0) return Promise.resolve([]);
      return selectRows<SchoolRow>(
        dataSource,
        `SELECT ${selectColumns("s", SCHOOL_COLUMNS)} FROM \`school\` s WHERE s.trust_id = ? AND s.id IN (${placeholders(wanted.length)})`,
        [trustId, ...wanted],
      );
    }),
    subscriptionsBySchool: loaderByGroup(
      (schoolIds: readonly string[]) =>
        dataSource.getRepository(Subscription).find({
          where: { schoolId: In([...schoolIds]), trustId },
          order: { startsAt: "ASC", id: "ASC" },
        }),
      (s) => s.schoolId!,
    ),
  };
}
