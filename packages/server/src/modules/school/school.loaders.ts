import { In, type DataSource } from "typeorm";
import { placeholders, selectRows } from "../../db/raw.js";
import { loaderByGroup, loaderById } from "../../graphql/loader-utils.js";
import type { Actor } from "../auth/actor.js";
import { Subscription } from "../subscription/subscription.entity.js";
import { Trust } from "../trust/trust.entity.js";
import { School } from "./school.entity.js";

export function schoolLoaders(dataSource: DataSource, actor: Actor) {
  const { trustId } = actor;
  return {
    // Only the caller's own trust is ever loaded.
    trust: loaderById((ids) => (ids.includes(trustId) ? dataSource.getRepository(Trust).findBy({ id: trustId }) : Promise.resolve([]))),
    // Hot: one per list of rows. Only the columns the School type shows.
    school: loaderById((ids) =>
      selectRows<Pick<School, "id" | "trustId" | "urn" | "name" | "postcode" | "localAuthority" | "phase">>(
        dataSource,
        `SELECT id, trust_id AS trustId, urn, name, postcode, local_authority AS localAuthority, phase FROM \`school\` WHERE trust_id = ? AND id IN (${placeholders(ids.length)})`,
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
