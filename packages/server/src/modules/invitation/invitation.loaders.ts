import { In, type DataSource } from "typeorm";
import { placeholders, selectColumns, selectRows, sqlDate } from "../../db/raw.js";
import { loaderByGroup, loaderById } from "../../graphql/loader-utils.js";
import { Access } from "../access/access.entity.js";
import { schoolScope, type Actor } from "../auth/actor.js";
import { Staff } from "../staff/staff.entity.js";
import { InvitationEvent } from "./invitation-event.entity.js";
import { Invitation } from "./invitation.entity.js";
import { ITEM_COLUMNS } from "./invitation-page.query.js";
import type { InvitationEventObject, InvitationItemObject } from "./invitation.types.js";

export function invitationLoaders(dataSource: DataSource, actor: Actor) {
  const trustId = actor.trustId;
  const scope = schoolScope(actor);
  return {
    staff: loaderById((ids) =>
      dataSource.getRepository(Staff).find({ where: { id: In([...ids]), trustId, ...(scope ? { schoolId: In(scope) } : {}) } }),
    ),
    // Hot: one per page of invitations. Straight to the driver, only the columns the type needs.
    invitationItems: loaderByGroup(
      (invitationIds: readonly string[]) =>
        selectRows<InvitationItemObject>(
          dataSource,
          `SELECT ${selectColumns("it", ITEM_COLUMNS)}
           FROM \`invitation_item\` it WHERE it.invitation_id IN (${placeholders(invitationIds.length)}) AND it.trust_id = ? ORDER BY it.id`,
          [...invitationIds, trustId],
        ),
      (item) => item.invitationId,
    ),
    invitationEvents: loaderByGroup(
      async (invitationIds: readonly string[]): Promise<(InvitationEventObject & { invitationId: string })[]> => {
        const rows = await dataSource
          .getRepository(InvitationEvent)
          .find({ where: { invitationId: In([...invitationIds]), trustId }, order: { at: "ASC", id: "ASC" } });
        return rows.map((e) => ({ invitationId: e.invitationId, at: e.at, kind: e.kind, actorEmail: e.actorLabel, detail: e.detail, date: e.date }));
      },
      (event) => event.invitationId,
    ),
    openInvitationsByEmail: loaderByGroup(
      (emails: readonly string[]) =>
        dataSource.getRepository(Invitation).find({
          where: [
            { trustId, email: In([...emails]), state: "PENDING", ...(scope ? { schoolId: In(scope) } : {}) },
            { trustId, email: In([...emails]), state: "SCHEDULED", ...(scope ? { schoolId: In(scope) } : {}) },
          ],
          order: { createdAt: "DESC", id: "DESC" },
        }),
      (invitation) => invitation.email,
    ),
    activeAccessesByEmail: loaderByGroup(
      async (emails: readonly string[]) =>
        selectRows<Access & { email: string }>(
          dataSource,
          `SELECT a.id, a.user_id AS userId, a.product_id AS productId, a.role_id AS roleId, a.school_id AS schoolId,
                  a.cohort_id AS cohortId, a.granted_at AS grantedAt, a.revoked_at AS revokedAt, u.email AS email
           FROM \`access\` a JOIN \`user\` u ON u.id = a.user_id
           WHERE u.email IN (${placeholders(emails.length)}) AND a.trust_id = ? AND a.revoked_at IS NULL
           ${scope ? `AND a.school_id IN (${placeholders(scope.length)})` : ""}
           ORDER BY a.granted_at, a.id`,
          [...emails, trustId, ...(scope ?? [])],
        ).then((rows) => rows.map((row) => ({ ...row, grantedAt: sqlDate(row.grantedAt)!, revokedAt: null }))),
      (access) => access.email,
    ),
  };
}
