import { In, type DataSource } from "typeorm";
import { placeholders, selectColumns, selectRows, sqlDate } from "../../db/raw.js";
import { Loader, loaderByGroup, loaderById } from "../../graphql/loader-utils.js";
import { Access } from "../access/access.entity.js";
import { accessPolicy } from "../access/access.policy.js";
import type { Actor } from "../auth/actor.js";
import { staffPolicy } from "../staff/staff.policy.js";
import { Staff } from "../staff/staff.entity.js";
import { InvitationEvent } from "./invitation-event.entity.js";
import { ITEM_COLUMNS } from "./invitation-page.query.js";
import { invitationPolicy } from "./invitation.policy.js";
import { INVITATION_COLUMNS, toInvitation, type InvitationRow } from "./invitation.row.js";
import type { InvitationEventObject, InvitationItemObject } from "./invitation.types.js";

export function invitationLoaders(dataSource: DataSource, actor: Actor) {
  const trustId = actor.trustId;
  const rosters = staffPolicy.visibleSchools(actor);
  const accessScope = accessPolicy.visibleSchools(actor);
  const visible = invitationPolicy.visible(actor);
  return {
    staff: loaderById((ids) =>
      dataSource.getRepository(Staff).find({ where: { id: In([...ids]), trustId, ...(rosters ? { schoolId: In(rosters) } : {}) } }),
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
    /** Whether the actor may resend or cancel each invitation (invitation.policy.ts): one query a page, for a school admin only. */
    invitationChangeable: new Loader<string, boolean>(async (ids) => {
      const changeable = invitationPolicy.changeable(actor);
      if (!changeable) return ids.map(() => true);
      const rows = await selectRows<{ id: string }>(
        dataSource,
        `SELECT inv.id FROM \`invitation\` inv WHERE ${visible.sql} AND inv.id IN (${placeholders(ids.length)}) AND ${changeable.sql}`,
        [...visible.params, ...ids, ...changeable.params],
      );
      const yes = new Set(rows.map((r) => r.id));
      return ids.map((id) => yes.has(id));
    }),
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
        selectRows<InvitationRow>(
          dataSource,
          `SELECT ${INVITATION_COLUMNS} FROM \`invitation\` inv
           WHERE ${visible.sql} AND inv.email IN (${placeholders(emails.length)}) AND inv.state IN ('SCHEDULED', 'PENDING')
           ORDER BY inv.created_at DESC, inv.id DESC`,
          [...visible.params, ...emails],
        ).then((rows) => rows.map(toInvitation)),
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
           ${accessScope ? `AND a.school_id IN (${placeholders(accessScope.length)})` : ""}
           ORDER BY a.granted_at, a.id`,
          [...emails, trustId, ...(accessScope ?? [])],
        ).then((rows) => rows.map((row) => ({ ...row, grantedAt: sqlDate(row.grantedAt)!, revokedAt: null }))),
      (access) => access.email,
    ),
  };
}
