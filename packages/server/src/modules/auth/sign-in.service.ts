import type { DataSource } from "typeorm";
import { normaliseEmail } from "@lanyard/shared";
import type { UserError } from "../../graphql/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import type { Actor } from "./actor.js";
import { Admin } from "./admin.entity.js";
import { checkCredentials } from "./credential-check.js";
import type { RateLimitService } from "./rate-limit.service.js";
import { actorForAdmin, type SessionService } from "./session.service.js";

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
    const checked = await checkCredentials(this.limits, "sign-in", email, password, ip, () => this.dataSource.getRepository(Admin).findOneBy({ email }));
    if (!checked.ok) return checked;
    const admin = checked.account;
    const now = new Date();
    const { token, expiresAt } = await this.sessions.start(admin, ip, now);
    const actor = actorForAdmin(admin, null);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Admin).update({ id: admin.id }, { lastSignInAt: now });
      await recordAudit(manager, actor, admin.trustId, { action: "SIGNED_IN", subjectType: "Admin", subjectId: admin.id, detail: { ip } });
    });
    return { ok: true, actor, token, expiresAt };
  }
}
