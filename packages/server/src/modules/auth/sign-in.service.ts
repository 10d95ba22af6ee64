import type { DataSource } from "typeorm";
import { normaliseEmail } from "@lanyard/shared";
import { userError, type UserError } from "../../graphql/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import type { Actor } from "./actor.js";
import { Admin } from "./admin.entity.js";
import { decoyHash, verifyPassword } from "./password.js";
import type { RateLimitService } from "./rate-limit.service.js";
import { actorForAdmin, type SessionService } from "./session.service.js";

const WINDOW_MS = 15 * 60 * 1000;
const ATTEMPTS_PER_IP = 30;
const FAILURES_PER_EMAIL = 10;

// One message for a wrong email and a wrong password: it never tells which accounts exist.
const WRONG_CREDENTIALS = "That email and password don't match. Check them and try again.";
const TOO_MANY = "Too many sign-in attempts. Wait 15 minutes and try again, or ask your trust administrator for help.";

export type SignInResult =
  | { ok: true; actor: Actor; token: string; expiresAt: Date }
  | { ok: false; errors: UserError[] };

export class SignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly limits: RateLimitService,
  ) {}

  async signIn(emailInput: string, password: string, ip: string): Promise<SignInResult> {
    const email = normaliseEmail(emailInput);
    const emailBucket = `sign-in:email:${email}`;
    const ipAllowed = await this.limits.consume(`sign-in:ip:${ip}`, ATTEMPTS_PER_IP, WINDOW_MS);
    if (!ipAllowed || (await this.limits.isBlocked(emailBucket, FAILURES_PER_EMAIL, WINDOW_MS))) {
      return { ok: false, errors: [userError("RATE_LIMITED", TOO_MANY)] };
    }
    const admin = await this.dataSource.getRepository(Admin).findOneBy({ email });
    const valid = await verifyPassword(admin?.passwordHash ?? (await decoyHash()), password);
    if (!admin || !valid) {
      await this.limits.consume(emailBucket, FAILURES_PER_EMAIL, WINDOW_MS);
      return { ok: false, errors: [userError("INVALID_CREDENTIALS", WRONG_CREDENTIALS)] };
    }
    const now = new Date();
    const { token, expiresAt } = await this.sessions.start(admin, ip, now);
    const actor = actorForAdmin(admin, null);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Admin).update({ id: admin.id }, { lastSignInAt: now });
      await recordAudit(manager, actor, admin.trustId, { action: "SIGNED_IN", subjectType: "Admin", subjectId: admin.id, detail: { ip } });
    });
    await this.limits.reset(emailBucket);
    return { ok: true, actor, token, expiresAt };
  }
}
