import { In, type DataSource } from "typeorm";
import { placeholders, selectColumns, selectRows } from "../../db/raw.js";
import { loaderByGroup, loaderById } from "../../graphql/loader-utils.js";
import type { Actor } from "../auth/actor.js";
import { Subscription } from "../subscription/subscription.entity.js";
import { Trust } from "../trust/trust.entity.js";
import { SCHOOL_COLUMNS, type SchoolRow } from "./school.columns.js";

export function schoolLoaders(dataSource: DataSource, actor: Actor) {
  const { trustId } = actor;
  return {
    // Only the caller's own trust is ever loaded.
    trust: loaderById((ids) => (ids.includes(trustId) ? dataSource.getRepository(Trust).findBy({ id: trustId }) : Promise.resolve([]))),
    // Hot: one per list of rows. Only the columns the School type shows.
    school: loaderById((ids) =>
      selectRows<SchoolRow>(
        dataSource,
        `SELECT ${selectColumns("s", SCHOOL_COLUMNS)} FROM \`school\` s WHERE s.trust_id = ? AND s.id IN (${placeholders(ids.length)})`,
        [trustId, ...ids],
      ),
    ),
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
