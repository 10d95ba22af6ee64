import type { DataSource } from "typeorm";
import { normaliseEmail } from "@lanyard/shared";
import { userError, type UserError } from "../../graphql/user-error.js";
import type { UserObject } from "../user/user.types.js";
import { User } from "../user/user.entity.js";
import { decoyHash, verifyPassword } from "./password.js";
import type { RateLimitService } from "./rate-limit.service.js";
import type { UserSessionService } from "./user-session.service.js";

const WINDOW_MS = 15 * 60 * 1000;
const ATTEMPTS_PER_IP = 30;
const FAILURES_PER_EMAIL = 10;

export type UserSignInResult =
  | { ok: true; user: UserObject; token: string; expiresAt: Date }
  | { ok: false; errors: UserError[] };

/** An invitee with an account signs in to accept: the same limits and vague answer as admins get. */
export class UserSignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: UserSessionService,
    private readonly limits: RateLimitService,
  ) {}

  async signIn(emailInput: string, password: string, ip: string): Promise<UserSignInResult> {
    const email = normaliseEmail(emailInput);
    const emailBucket = `user-sign-in:email:${email}`;
    const ipAllowed = await this.limits.consume(`user-sign-in:ip:${ip}`, ATTEMPTS_PER_IP, WINDOW_MS);
    if (!ipAllowed || (await this.limits.isBlocked(emailBucket, FAILURES_PER_EMAIL, WINDOW_MS))) {
      return { ok: false, errors: [userError("RATE_LIMITED", "Too many sign-in attempts. Wait 15 minutes and try again.")] };
    }
    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
    if (!user?.passwordHash || !valid) {
      await this.limits.consume(emailBucket, FAILURES_PER_EMAIL, WINDOW_MS);
      return { ok: false, errors: [userError("INVALID_CREDENTIALS", "That email and password don't match. Check them and try again.")] };
    }
    const { token, expiresAt } = await this.sessions.start(user.id);
    await this.limits.reset(emailBucket);
    return { ok: true, user: { id: user.id, email: user.email, firstName: user.firstName, lastName: user.lastName }, token, expiresAt };
  }
}
