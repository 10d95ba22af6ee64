import { IsNull, type DataSource } from "typeorm";
import { userError, type BulkPayload } from "../../graphql/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import type { Actor } from "../auth/actor.js";
import { Access } from "./access.entity.js";
import { accessPolicy } from "./access.policy.js";

/** Ending accesses. The row stays, with revokedAt and who did it: the history an auditor asks for. */
export class AccessService {
  constructor(private readonly dataSource: DataSource) {}

  async revoke(actor: Actor, accessId: string, now = new Date()): Promise<BulkPayload> {
    const access = await this.dataSource.getRepository(Access).findOneBy({ id: accessId, trustId: actor.trustId });
    // Rule 1: what the actor may not end is not found, so ids can't be probed.
    if (!access || !accessPolicy.revoke(actor, access)) {
      return { count: 0, errors: [userError("NOT_FOUND", "No such access in your trust: it may have been removed. Reload the list.", ["accessId"])] };
    }
    if (access.revokedAt) return { count: 0, errors: [userError("ALREADY_REVOKED", `This access was already revoked on ${access.revokedAt.toISOString().slice(0, 10)}.`, ["accessId"])] };
    const count = await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(Access).update({ id: access.id, revokedAt: IsNull() }, { revokedAt: now, revokedBy: actor.label, activeKey: null });
      await recordAudit(manager, actor, actor.trustId, { action: "ACCESS_REVOKED", subjectType: "Access", subjectId: access.id, detail: { userId: access.userId, productId: access.productId } });
      return result.affected ?? 1;
    });
    return { count, errors: [] };
  }
}
