import type { DataSource } from "typeorm";
import { normaliseEmail } from "@lanyard/shared";
import type { UserError } from "../../graphql/user-error.js";
import type { UserObject } from "../user/user.types.js";
import { User } from "../user/user.entity.js";
import { checkCredentials } from "./credential-check.js";
import type { RateLimitService } from "./rate-limit.service.js";
import type { UserSessionService } from "./user-session.service.js";

export type UserSignInResult =
  | { ok: true; user: UserObject; token: string; expiresAt: Date }
  | { ok: false; errors: UserError[] };

/** An invitee with an account signs in to accept: the same checks as admins, counted apart. */
export class UserSignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: UserSessionService,
    private readonly limits: RateLimitService,
  ) {}

  async signIn(emailInput: string, password: string, ip: string): Promise<UserSignInResult> {
    const email = normaliseEmail(emailInput);
    const checked = await checkCredentials(this.limits, "user-sign-in", email, password, ip, () => this.dataSource.getRepository(User).findOneBy({ email }));
    if (!checked.ok) return checked;
    const user = checked.account;
    const { token, expiresAt } = await this.sessions.start(user.id);
    return { ok: true, user: { id: user.id, email: user.email, firstName: user.firstName, lastName: user.lastName }, token, expiresAt };
  }
}
