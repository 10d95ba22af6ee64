import type { DataSource } from "typeorm";
import type { Config } from "./config.js";
import { AdminService } from "./modules/auth/admin.service.js";
import { ApiKeyService } from "./modules/auth/api-key.service.js";
import { RateLimitService } from "./modules/auth/rate-limit.service.js";
import { SessionService } from "./modules/auth/session.service.js";
import { SignInService } from "./modules/auth/sign-in.service.js";
import { ProductService } from "./modules/product/product.service.js";
import { SchoolService } from "./modules/school/school.service.js";
import { StaffService } from "./modules/staff/staff.service.js";
import { TrustService } from "./modules/trust/trust.service.js";
import { UserService } from "./modules/user/user.service.js";
import { AccessService } from "./modules/access/access.service.js";
import { UserSessionService } from "./modules/auth/user-session.service.js";
import { UserSignInService } from "./modules/auth/user-sign-in.service.js";
import { MailboxService } from "./modules/email/mailbox.service.js";
import { AcceptanceService } from "./modules/invitation/acceptance.service.js";
import { FollowUpService } from "./modules/invitation/follow-up.service.js";
import { InvitationReadService } from "./modules/invitation/invitation-read.service.js";
import { InvitationMailer } from "./modules/invitation/invitation.mailer.js";
import { InviteService } from "./modules/invitation/invite.service.js";
import { ImportFinishedMailer } from "./modules/import/import-finished.js";
import { ImportService } from "./modules/import/import.service.js";
import { InvitationStatsService } from "./modules/stats/stats.service.js";

/** Every service, made once per process and shared by all requests. */
export function createServices(dataSource: DataSource, config: Config) {
  const rateLimits = new RateLimitService(dataSource);
  const sessions = new SessionService(dataSource);
  const userSessions = new UserSessionService(dataSource);
  const mailer = new InvitationMailer(config);
  const invitations = new InviteService(dataSource, mailer);
  return {
    config,
    dataSource,
    rateLimits,
    sessions,
    signIn: new SignInService(dataSource, sessions, rateLimits),
    apiKeys: new ApiKeyService(dataSource),
    admins: new AdminService(dataSource),
    trusts: new TrustService(dataSource),
    schools: new SchoolService(dataSource),
    products: new ProductService(dataSource),
    staff: new StaffService(dataSource),
    users: new UserService(dataSource),
    userSessions,
    userSignIn: new UserSignInService(dataSource, userSessions, rateLimits),
    mailer,
    invitations,
    imports: new ImportService(dataSource, invitations, new ImportFinishedMailer(config)),
    invitationReads: new InvitationReadService(dataSource),
    invitationStats: new InvitationStatsService(dataSource),
    followUp: new FollowUpService(dataSource, mailer),
    acceptance: new AcceptanceService(dataSource, rateLimits, userSessions),
    accesses: new AccessService(dataSource),
    mailbox: new MailboxService(dataSource, config),
  };
}

export type Services = ReturnType<typeof createServices>;
