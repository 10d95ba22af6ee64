// Every entity, listed explicitly: globs break under ESM and bundling (TOOLCHAIN.md).
import { Access } from "../modules/access/access.entity.js";
import { AuditEvent } from "../modules/audit/audit-event.entity.js";
import { Admin } from "../modules/auth/admin.entity.js";
import { ApiKey } from "../modules/auth/api-key.entity.js";
import { RateLimit } from "../modules/auth/rate-limit.entity.js";
import { Session } from "../modules/auth/session.entity.js";
import { UserSession } from "../modules/auth/user-session.entity.js";
import { EmailMessage } from "../modules/email/email-message.entity.js";
import { InvitationEvent } from "../modules/invitation/invitation-event.entity.js";
import { InvitationItem } from "../modules/invitation/invitation-item.entity.js";
import { Invitation } from "../modules/invitation/invitation.entity.js";
import { ImportError } from "../modules/import/import-error.entity.js";
import { ImportPage } from "../modules/import/import-page.entity.js";
import { Import } from "../modules/import/import.entity.js";
import { InvitationAcceptTally, InvitationDayTally, InvitationTally } from "../modules/invitation/invitation-tally.entity.js";
import { Cohort } from "../modules/product/cohort.entity.js";
import { ProductRole } from "../modules/product/product-role.entity.js";
import { Product } from "../modules/product/product.entity.js";
import { School } from "../modules/school/school.entity.js";
import { Staff } from "../modules/staff/staff.entity.js";
import { Subscription } from "../modules/subscription/subscription.entity.js";
import { Trust } from "../modules/trust/trust.entity.js";
import { User } from "../modules/user/user.entity.js";

export const entities = [
  Trust,
  School,
  Product,
  ProductRole,
  Cohort,
  Subscription,
  Staff,
  User,
  Access,
  Admin,
  Session,
  ApiKey,
  RateLimit,
  AuditEvent,
  EmailMessage,
  Invitation,
  InvitationItem,
  InvitationEvent,
  InvitationTally,
  InvitationDayTally,
  InvitationAcceptTally,
  UserSession,
  Import,
  ImportPage,
  ImportError,
];
