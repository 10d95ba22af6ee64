import { In, type DataSource } from "typeorm";
import { loaderByGroup, loaderById } from "../../graphql/loader-utils.js";
import type { Actor } from "../auth/actor.js";
import { Subscription } from "../subscription/subscription.entity.js";
import { Trust } from "../trust/trust.entity.js";
import { School } from "./school.entity.js";

export function schoolLoaders(dataSource: DataSource, actor: Actor) {
  const { trustId } = actor;
  return {
    trust: loaderById((ids) => dataSource.getRepository(Trust).findBy({ id: In([...ids]) }).then((ts) => ts.filter((t) => t.id === trustId))),
    school: loaderById((ids) => dataSource.getRepository(School).findBy({ id: In([...ids]), trustId })),
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
