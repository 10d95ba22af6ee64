import type { DataSource, EntityManager } from "typeorm";
import { InvitationState, passwordSchema, personNameSchema } from "@lanyard/shared";
import { execute, insertRows } from "../../db/bulk.js";
import { newId } from "../../db/id.js";
import { placeholders, selectRows, sqlDateTime } from "../../db/raw.js";
import { userError, type UserError } from "../../graphql/user-error.js";
import { Access } from "../access/access.entity.js";
import { recordAudit } from "../audit/audit.service.js";
import type { Actor } from "../auth/actor.js";
import { hashPassword } from "../auth/password.js";
import type { RateLimitService } from "../auth/rate-limit.service.js";
import { hashToken, safeEqual } from "../auth/tokens.js";
import type { UserSessionService } from "../auth/user-session.service.js";
import { Trust } from "../trust/trust.entity.js";
import { User } from "../user/user.entity.js";
import type { UserObject } from "../user/user.types.js";
import { recordHistory } from "./invitation-history.js";
import { namedItems } from "./invitation-items.query.js";
import { tallyChange } from "./invitation-tally.js";
import { INVITATION_COLUMNS, toInvitation, type InvitationRow } from "./invitation.row.js";
import type { InvitationObject } from "./invitation.types.js";
import { activeAccessKey } from "./keys.js";
import type { PublicInvitation } from "./public-invitation.types.js";

/** Rule 9: failed token attempts per IP, about 20 a minute. */
const FAILED_TOKENS_PER_MINUTE = 20;
const MINUTE_MS = 60_000;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

type LinkStatus = "VALID" | "INVALID_TOKEN" | "EXPIRED" | "CANCELLED" | "ALREADY_USED" | "DECLINED" | "RATE_LIMITED";

interface Found {
  status: LinkStatus;
  invitation: InvitationObject | null;
  trust: Trust | null;
}

export interface AcceptResult {
  invitation: InvitationObject | null;
  user: UserObject | null;
  errors: UserError[];
  /** A new account's first session, for the caller to hand to the browser. */
  session?: { token: string; expiresAt: Date };
  /** Who reads the answered invitation back: its trust, read-only. */
  reader?: Actor;
}

/** The invitee's side of an invitation: look at it, accept it, decline it. No admin involved. */
export class AcceptanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limits: RateLimitService,
    private readonly userSessions: UserSessionService,
  ) {}

  /** What the accept page shows. A GET-like read: it changes nothing (rule 9), whatever a mail scanner opens. */
  async preview(token: string, ip: string, now = new Date()): Promise<PublicInvitation> {
    const found = await this.find(token, ip, now);
    const { invitation, trust } = found;
    const empty: PublicInvitation = {
      status: found.status,
      message: messageFor(found),
      trustName: null,
      email: null,
      firstName: null,
      lastName: null,
      items: [],
      invitedBy: null,
      expiresAt: null,
      existingUser: false,
    };
    if (!invitation || !trust || found.status === "INVALID_TOKEN" || found.status === "RATE_LIMITED") return empty;
    if (found.status !== "VALID") return { ...empty, trustName: trust.name, invitedBy: invitation.invitedBy };
    const items = (await namedItems(this.dataSource, [invitation.id])).get(invitation.id) ?? [];
    return {
      ...empty,
      trustName: trust.name,
      email: invitation.email,
      firstName: invitation.firstName,
      lastName: invitation.lastName,
      items: items.map((i) => ({ productName: i.productName, roleName: i.roleName, roleDescription: i.roleDescription, schoolName: i.schoolName, cohortName: i.cohortName })),
      invitedBy: invitation.invitedBy,
      expiresAt: invitation.expiresAt,
      existingUser: invitation.existingUser,
    };
  }

  async accept(
    token: string,
    registration: { firstName: string | null; lastName: string | null; password: string | null },
    signedIn: UserObject | null,
    ip: string,
    now = new Date(),
  ): Promise<AcceptResult> {
    const found = await this.find(token, ip, now);
    if (found.status !== "VALID") return refused(found);
    const invitation = found.invitation!;
    const account = await this.dataSource.getRepository(User).findOneBy({ email: invitation.email });

    if (signedIn && signedIn.email !== invitation.email) {
      return fail("WRONG_ACCOUNT", `You're signed in as ${signedIn.email}, but this invitation is for ${invitation.email}: sign out, then sign in as ${invitation.email}.`);
    }
    let newUser: User | null = null;
    if (account) {
      // Rule 9: an account that exists (even one made after the invitation) is only ever joined by signing in.
      if (!signedIn) return fail("SIGN_IN_REQUIRED", `Sign in as ${invitation.email} to accept: you already have a Lanyard account.`);
    } else {
      const problems = registrationProblems(registration);
      if (problems.length) return { invitation: null, user: null, errors: problems };
      newUser = {
        id: newId(now.getTime()),
        email: invitation.email,
        firstName: personNameSchema.parse(registration.firstName),
        lastName: personNameSchema.parse(registration.lastName),
        passwordHash: await hashPassword(registration.password!),
        createdAt: now,
      };
    }
    const userId = account?.id ?? newUser!.id;

    const accepted = await this.dataSource.transaction(async (manager) => {
      // Single use: only the first of two racing accepts finds the invitation still open.
      if (!(await this.close(manager, invitation, InvitationState.ACCEPTED, now))) return false;
      if (newUser) await manager.getRepository(User).insert(newUser);
      await this.grant(manager, invitation, userId, now);
      await recordHistory(manager, invitation.trustId, null, [{ invitationId: invitation.id, kind: "ACCEPTED", detail: newUser ? "registered and accepted" : "accepted, signed in" }], now);
      await recordAudit(manager, null, invitation.trustId, { action: "INVITATION_ACCEPTED", subjectType: "Invitation", subjectId: invitation.id, detail: { by: invitation.email } });
      return true;
    });
    if (!accepted) return fail("ALREADY_USED", "This invitation has already been used. Sign in to Lanyard to use your access.");
    const user: UserObject = account
      ? { id: account.id, email: account.email, firstName: account.firstName, lastName: account.lastName }
      : { id: newUser!.id, email: newUser!.email, firstName: newUser!.firstName, lastName: newUser!.lastName };
    const session = newUser ? await this.userSessions.start(newUser.id, now) : undefined;
    return { invitation: { ...invitation, state: InvitationState.ACCEPTED, respondedAt: now }, user, errors: [], session, reader: inviteeReader(invitation.trustId) };
  }

  async decline(token: string, ip: string, now = new Date()): Promise<AcceptResult> {
    const found = await this.find(token, ip, now);
    if (found.status !== "VALID") return refused(found);
    const invitation = found.invitation!;
    const declined = await this.dataSource.transaction(async (manager) => {
      if (!(await this.close(manager, invitation, InvitationState.DECLINED, now))) return false;
      await recordHistory(manager, invitation.trustId, null, [{ invitationId: invitation.id, kind: "DECLINED" }], now);
      await recordAudit(manager, null, invitation.trustId, { action: "INVITATION_DECLINED", subjectType: "Invitation", subjectId: invitation.id, detail: { by: invitation.email } });
      return true;
    });
    if (!declined) return fail("ALREADY_USED", "This invitation has already been used.");
    return { invitation: { ...invitation, state: InvitationState.DECLINED, respondedAt: now }, user: null, errors: [], reader: inviteeReader(invitation.trustId) };
  }

  private async find(token: string, ip: string, now: Date): Promise<Found> {
    const bucket = `invitation-token:ip:${ip}`;
    if (await this.limits.isBlocked(bucket, FAILED_TOKENS_PER_MINUTE, MINUTE_MS)) return { status: "RATE_LIMITED", invitation: null, trust: null };
    const hash = TOKEN_PATTERN.test(token) ? hashToken(token) : null;
    const rows = hash
      ? await selectRows<InvitationRow & { token_hash: string }>(this.dataSource, `SELECT ${INVITATION_COLUMNS}, inv.token_hash FROM \`invitation\` inv WHERE inv.token_hash = ?`, [hash])
      : [];
    const row = rows[0];
    // The index found the row; the comparison that decides is constant-time all the same (rule 9).
    if (!row || !hash || !safeEqual(row.token_hash, hash)) {
      await this.limits.consume(bucket, FAILED_TOKENS_PER_MINUTE, MINUTE_MS);
      return { status: "INVALID_TOKEN", invitation: null, trust: null };
    }
    const invitation = toInvitation(row);
    const trust = await this.dataSource.getRepository(Trust).findOneByOrFail({ id: invitation.trustId });
    return { status: linkStatus(invitation, now), invitation, trust };
  }

  private async close(manager: EntityManager, invitation: InvitationObject, state: InvitationState, now: Date): Promise<boolean> {
    const changed = await tallyChange(manager, [invitation.id], () =>
      execute(manager, `UPDATE \`invitation\` SET state = ?, responded_at = ? WHERE id = ? AND state IN ('SCHEDULED', 'PENDING') AND expires_at > ?`, [
        state,
        sqlDateTime(now),
        invitation.id,
        sqlDateTime(now),
      ]),
    );
    if (changed !== 1) return false;
    await manager.query("UPDATE `invitation_item` SET open_key = NULL WHERE invitation_id = ?", [invitation.id]);
    return true;
  }

  /** Each item becomes an Access, except what the person already holds (rule 4). */
  private async grant(manager: EntityManager, invitation: InvitationObject, userId: string, now: Date) {
    const items: { id: string; product_id: string; role_id: string; school_id: string | null; cohort_id: string | null }[] = await manager.query(
      "SELECT id, product_id, role_id, school_id, cohort_id FROM `invitation_item` WHERE invitation_id = ?",
      [invitation.id],
    );
    const keyed = items.map((item) => ({ item, key: activeAccessKey(invitation.trustId, userId, item.product_id, item.school_id) }));
    const held = keyed.length
      ? new Set(
          ((await manager.query(`SELECT active_key FROM \`access\` WHERE active_key IN (${placeholders(keyed.length)})`, keyed.map((k) => k.key))) as { active_key: string }[]).map(
            (r) => r.active_key,
          ),
        )
      : new Set<string>();
    const accesses: Access[] = keyed
      .filter(({ key }) => !held.has(key))
      .map(({ item, key }) => ({
        id: newId(now.getTime()),
        trustId: invitation.trustId,
        userId,
        productId: item.product_id,
        roleId: item.role_id,
        schoolId: item.school_id,
        cohortId: item.cohort_id,
        grantedAt: now,
        revokedAt: null,
        revokedBy: null,
        invitationItemId: item.id,
        activeKey: key,
      }));
    if (accesses.length) await insertRows(manager, Access, accesses);
  }
}

function linkStatus(invitation: InvitationObject, now: Date): LinkStatus {
  switch (invitation.state) {
    case InvitationState.CANCELLED:
      return "CANCELLED";
    case InvitationState.ACCEPTED:
      return "ALREADY_USED";
    case InvitationState.DECLINED:
      return "DECLINED";
    case InvitationState.EXPIRED:
      return "EXPIRED";
    default:
      // A link used after expiresAt is expired even before the clock has marked it (CONTRACT.md).
      return invitation.expiresAt <= now ? "EXPIRED" : "VALID";
  }
}

function messageFor({ status, invitation, trust }: Found): string | null {
  const ask = invitation && trust ? `${invitation.invitedBy} at ${trust.name}` : "the person who invited you";
  switch (status) {
    case "VALID":
      return null;
    case "INVALID_TOKEN":
      return "This link doesn't work. It may have been mistyped, or replaced by a newer invitation email: use the link in the most recent email, or ask the person who invited you to send it again.";
    case "RATE_LIMITED":
      return "Too many links tried from here in the last minute. Wait a minute and try again.";
    case "EXPIRED":
      return `This invitation expired. Ask ${ask} to send it again.`;
    case "CANCELLED":
      return `This invitation was cancelled by ${trust?.name ?? "the trust"}. If you think that's a mistake, contact ${ask}.`;
    case "DECLINED":
      return `You declined this invitation. If you've changed your mind, ask ${ask} to invite you again.`;
    case "ALREADY_USED":
      return "This invitation has already been accepted. Sign in to Lanyard to use your access.";
  }
}

function refused(found: Found): AcceptResult {
  // The contract's codes: a declined link has been used.
  const code = found.status === "DECLINED" ? "ALREADY_USED" : found.status;
  return { invitation: null, user: null, errors: [userError(code, messageFor(found)!)] };
}

function fail(code: string, message: string): AcceptResult {
  return { invitation: null, user: null, errors: [userError(code, message)] };
}

function registrationProblems(r: { firstName: string | null; lastName: string | null; password: string | null }): UserError[] {
  const errors: UserError[] = [];
  if (!personNameSchema.safeParse(r.firstName ?? "").success) errors.push(userError("NAME_REQUIRED", "Enter your first name.", ["firstName"]));
  if (!personNameSchema.safeParse(r.lastName ?? "").success) errors.push(userError("NAME_REQUIRED", "Enter your last name.", ["lastName"]));
  const password = passwordSchema.safeParse(r.password ?? "");
  if (!password.success) {
    errors.push(userError("WEAK_PASSWORD", `Choose a stronger password: ${password.error.issues[0]?.message ?? "at least 12 characters"}.`, ["password"]));
  }
  return errors;
}

/** Lets an invitee read back the invitation they just answered: its trust, read-only. */
function inviteeReader(trustId: string): Actor {
  return { kind: "api-key", id: "invitee", trustId, schoolId: null, role: null, canWrite: false, label: "invitee", sessionId: null };
}
