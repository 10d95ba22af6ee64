import type { DataSource, EntityManager } from "typeorm";
import { InvitationState, MAX_BULK_INVITATIONS } from "@lanyard/shared";
import { chunks, execute } from "../../db/bulk.js";
import { placeholders, selectRows, sqlDateTime } from "../../db/raw.js";
import { userError, type BulkPayload, type UserError } from "../../graphql/user-error.js";
import { recordAudits } from "../audit/audit.service.js";
import type { Actor } from "../auth/actor.js";
import { hashToken, newToken } from "../auth/tokens.js";
import { Trust } from "../trust/trust.entity.js";
import { recordHistory, resentStep } from "./invitation-history.js";
import { namedItems } from "./invitation-items.query.js";
import { emailsSince, withdrawQueuedEmails } from "./invitation-outbox.js";
import { invitationWhere, OPEN_STATES } from "./invitation.filter.js";
import { tallyChange } from "./invitation-tally.js";
import { aboutInvitation, type InvitationEmail, type InvitationMailer } from "./invitation.mailer.js";
import { invitationPolicy } from "./invitation.policy.js";
import { INVITATION_COLUMNS, toInvitation, type InvitationRow } from "./invitation.row.js";
import type { InvitationObject, InvitationSelection } from "./invitation.types.js";
import { openItemKey } from "./keys.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rule 7: no one gets more than this many emails about one invitation in 24 hours. */
export const EMAILS_PER_DAY = 3;
const RESENDABLE: InvitationState[] = [InvitationState.SCHEDULED, InvitationState.PENDING, InvitationState.EXPIRED];

/**
 * Invitations one resend or cancel may touch: one transaction's worth, as many as one
 * inviteStaff may create. A larger selection ("all matching" an empty filter over a million
 * invitations) is refused as a whole, before anything changes, and asks to be narrowed.
 */
export const MAX_BULK = MAX_BULK_INVITATIONS;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Chasing and withdrawing invitations in bulk: resend (rule 7) and cancel (rule 8). */
export class FollowUpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: InvitationMailer,
  ) {}

  async resend(actor: Actor, selection: InvitationSelection, now = new Date()): Promise<BulkPayload> {
    const selected = await this.select(actor, selection, "resent");
    if ("errors" in selected) return { count: 0, errors: selected.errors };
    const errors: UserError[] = [...selected.refused];
    const closed = selected.rows.filter((i) => !RESENDABLE.includes(i.state));
    if (closed.length) {
      errors.push(userError("NOT_RESENDABLE", `${plural(closed.length, "invitation was", "invitations were")} not resent: already accepted, declined or cancelled.`));
    }
    let candidates = selected.rows.filter((i) => RESENDABLE.includes(i.state));
    if (candidates.length === 0) return { count: 0, errors };

    const trust = await this.dataSource.getRepository(Trust).findOneByOrFail({ id: actor.trustId });
    const items = await namedItems(this.dataSource, candidates.map((i) => i.id));
    // An expired invitation's items reopen: skip any a newer invitation already holds (rule 4).
    const expired = candidates.filter((i) => i.state === InvitationState.EXPIRED);
    const reopened = new Map<string, string[]>();
    for (const invitation of expired) {
      reopened.set(invitation.id, (items.get(invitation.id) ?? []).map((it) => openItemKey(actor.trustId, invitation.email, it.productId, it.schoolId)));
    }
    const taken = await this.openKeysTaken([...reopened.values()].flat());
    const superseded = expired.filter((i) => reopened.get(i.id)!.some((k) => taken.has(k)));
    if (superseded.length) {
      errors.push(userError("ALREADY_INVITED", `${plural(superseded.length, "expired invitation was", "expired invitations were")} not resent: the person has a newer invitation for the same product and school.`));
      candidates = candidates.filter((i) => !superseded.includes(i));
    }

    const expiresAt = new Date(now.getTime() + trust.defaultInviteExpiryDays * DAY_MS);
    const count = await this.dataSource.transaction(async (manager) => {
      const recent = await emailsSince(manager, candidates.map((i) => i.id), new Date(now.getTime() - DAY_MS));
      const limited = candidates.filter((i) => (recent.get(i.id) ?? 0) >= EMAILS_PER_DAY);
      if (limited.length) {
        errors.push(
          userError(
            "RESEND_LIMIT",
            `${plural(limited.length, "invitation was", "invitations were")} not resent: each already had ${EMAILS_PER_DAY} emails in the last 24 hours. Try again tomorrow.`,
          ),
        );
      }
      const resending = candidates.filter((i) => !limited.includes(i));
      if (resending.length === 0) return 0;
      const ids = resending.map((i) => i.id);
      const tokens = new Map(ids.map((id) => [id, newToken()]));
      // The invitations are locked first (tallyChange), then their emails: the order cancel and
      // accept take them in too, so two of them racing for one invitation wait, never deadlock.
      await tallyChange(manager, ids, async () => {
        await withdrawQueuedEmails(manager, ids, "Not sent: replaced by a resend with a new link.");
        for (const part of chunks(resending, 500)) {
          const cases = part.map(() => "WHEN ? THEN ?").join(" ");
          await manager.query(
            `UPDATE \`invitation\` SET token_hash = CASE id ${cases} END, state = 'PENDING', expires_at = ?, send_at = ?, delivery = 'QUEUED', last_error = NULL
             WHERE id IN (${placeholders(part.length)})`,
            [...part.flatMap((i) => [i.id, hashToken(tokens.get(i.id)!)]), sqlDateTime(expiresAt), sqlDateTime(now), ...part.map((i) => i.id)],
          );
        }
      });
      await this.reopenItems(manager, actor.trustId, resending.filter((i) => reopened.has(i.id)));
      const reminders = resending.map(
        (i): InvitationEmail => ({ ...aboutInvitation(i, trust), kind: "reminder", inviter: i.invitedBy, items: items.get(i.id) ?? [], token: tokens.get(i.id)!, expiresAt, sendAt: now }),
      );
      await this.mailer.queue(manager, reminders, now);
      await recordHistory(manager, actor.trustId, actor.label, resending.map((i) => resentStep(i.id, expiresAt)), now);
      await recordAudits(manager, actor, actor.trustId, resending.map((i) => ({ action: "INVITATION_RESENT", subjectType: "Invitation", subjectId: i.id })), now);
      return resending.length;
    });
    return { count, errors };
  }

  async cancel(actor: Actor, selection: InvitationSelection, now = new Date()): Promise<BulkPayload> {
    const selected = await this.select(actor, selection, "cancelled");
    if ("errors" in selected) return { count: 0, errors: selected.errors };
    const errors: UserError[] = [...selected.refused];
    const open = selected.rows.filter((i) => OPEN_STATES.includes(i.state));
    const closed = selected.rows.length - open.length;
    if (closed) errors.push(userError("NOT_CANCELLABLE", `${plural(closed, "invitation was", "invitations were")} not cancelled: only scheduled or pending invitations can be.`));
    if (open.length === 0) return { count: 0, errors };

    const trust = await this.dataSource.getRepository(Trust).findOneByOrFail({ id: actor.trustId });
    // Those who got the invitation are told it was withdrawn; a scheduled one simply never goes.
    const told = open.filter((i) => i.state === InvitationState.PENDING && i.sentAt !== null);
    const items = await namedItems(this.dataSource, told.map((i) => i.id));
    const count = await this.dataSource.transaction(async (manager) => {
      const cancelled = await tallyChange(manager, open.map((i) => i.id), async () => {
        let changed = 0;
        for (const part of chunks(open.map((i) => i.id), 1000)) {
          changed += await execute(
            manager,
            `UPDATE \`invitation\` SET state = 'CANCELLED', responded_at = ? WHERE id IN (${placeholders(part.length)}) AND state IN ('SCHEDULED', 'PENDING')`,
            [sqlDateTime(now), ...part],
          );
          await manager.query(`UPDATE \`invitation_item\` SET open_key = NULL WHERE invitation_id IN (${placeholders(part.length)})`, part);
        }
        return changed;
      });
      await withdrawQueuedEmails(manager, open.map((i) => i.id), "Not sent: the invitation was cancelled.");
      const notices = told.map(
        (i): InvitationEmail => ({ ...aboutInvitation(i, trust), kind: "cancelled", inviter: actor.label, items: items.get(i.id) ?? [], token: null, expiresAt: i.expiresAt, sendAt: now }),
      );
      await this.mailer.queue(manager, notices, now);
      await recordHistory(manager, actor.trustId, actor.label, open.map((i) => ({ invitationId: i.id, kind: "CANCELLED" })), now);
      await recordAudits(manager, actor, actor.trustId, open.map((i) => ({ action: "INVITATION_CANCELLED", subjectType: "Invitation", subjectId: i.id })), now);
      return cancelled;
    });
    return { count, errors };
  }

  /**
   * The invitations a selection names that the actor may change, and what was refused: ids the
   * actor can't see are simply not found; those they see but may not change (invitation.policy.ts)
   * are left as they are, with NOT_ALLOWED.
   */
  private async select(
    actor: Actor,
    selection: InvitationSelection,
    done: "resent" | "cancelled",
  ): Promise<{ rows: InvitationObject[]; refused: UserError[] } | { errors: UserError[] }> {
    const ids = selection.ids ? [...new Set(selection.ids)] : null;
    if (!ids && !selection.filter) {
      return { errors: [userError("SELECTION_REQUIRED", "Say which invitations: pass ids, or a filter for every invitation matching it.", ["selection"])] };
    }
    if (ids && ids.length === 0) return { rows: [], refused: [] };
    const tooMany = [
      userError(
        "TOO_MANY_INVITATIONS",
        `That selects more than ${MAX_BULK.toLocaleString("en-GB")} invitations, and one request changes at most that many: narrow the filter (a school, a state, dates sent) and repeat for each part. Nothing was changed.`,
        ["selection"],
      ),
    ];
    if (ids && ids.length > MAX_BULK) return { errors: tooMany };
    const where = invitationWhere(actor, selection.filter);
    const changeable = invitationPolicy.changeable(actor);
    const columns = `${INVITATION_COLUMNS}, ${changeable ? `(${changeable.sql})` : "1"} AS changeable`;
    const params = [...(changeable?.params ?? []), ...where.params];
    const rows: (InvitationRow & { changeable: number | string })[] = [];
    if (ids) {
      for (const part of chunks(ids)) {
        rows.push(...(await selectRows<(typeof rows)[number]>(this.dataSource, `SELECT ${columns} FROM \`invitation\` inv WHERE ${where.sql} AND inv.id IN (${placeholders(part.length)})`, [...params, ...part])));
      }
    } else {
      // One more than allowed says whether there are too many, without reading them all.
      rows.push(...(await selectRows<(typeof rows)[number]>(this.dataSource, `SELECT ${columns} FROM \`invitation\` inv WHERE ${where.sql} LIMIT ?`, [...params, MAX_BULK + 1])));
      if (rows.length > MAX_BULK) return { errors: tooMany };
    }
    const allowed = rows.filter((r) => Number(r.changeable) === 1);
    const notAllowed = rows.length - allowed.length;
    const refused = notAllowed
      ? [
          userError(
            "NOT_ALLOWED",
            `${plural(notAllowed, "invitation was", "invitations were")} not ${done}: ${notAllowed === 1 ? "it holds" : "they hold"} products managed by the trust. Ask a trust administrator, or invite people to your school's products separately.`,
            ["selection"],
          ),
        ]
      : [];
    return { rows: allowed.map(toInvitation), refused };
  }

  private async openKeysTaken(keys: string[]): Promise<Set<string>> {
    const taken = new Set<string>();
    for (const part of chunks(keys)) {
      const rows = await selectRows<{ open_key: string }>(this.dataSource, `SELECT open_key FROM \`invitation_item\` WHERE open_key IN (${placeholders(part.length)})`, part);
      for (const row of rows) taken.add(row.open_key);
    }
    return taken;
  }

  /** Sets the open key again on the items of resent expired invitations. */
  private async reopenItems(manager: EntityManager, trustId: string, invitations: InvitationObject[]) {
    if (invitations.length === 0) return;
    const emails = new Map(invitations.map((i) => [i.id, i.email]));
    for (const part of chunks(invitations.map((i) => i.id), 1000)) {
      const rows: { id: string; invitation_id: string; product_id: string; school_id: string | null }[] = await manager.query(
        `SELECT id, invitation_id, product_id, school_id FROM \`invitation_item\` WHERE invitation_id IN (${placeholders(part.length)})`,
        part,
      );
      for (const slice of chunks(rows, 500)) {
        await manager.query(
          `UPDATE \`invitation_item\` SET open_key = CASE id ${slice.map(() => "WHEN ? THEN ?").join(" ")} END WHERE id IN (${placeholders(slice.length)})`,
          [...slice.flatMap((r) => [r.id, openItemKey(trustId, emails.get(r.invitation_id)!, r.product_id, r.school_id)]), ...slice.map((r) => r.id)],
        );
      }
    }
  }
}
