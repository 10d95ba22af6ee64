// The domain's enumerations, shared by the server (GraphQL enums, columns) and the web app.
export const ProductLevel = { TRUST: "TRUST", SCHOOL: "SCHOOL" } as const;
export type ProductLevel = (typeof ProductLevel)[keyof typeof ProductLevel];

export const Acceptance = {
  GRANT_EXISTING_USERS: "GRANT_EXISTING_USERS",
  REQUIRE_ACCEPTANCE: "REQUIRE_ACCEPTANCE",
} as const;
export type Acceptance = (typeof Acceptance)[keyof typeof Acceptance];

export const InvitationState = {
  SCHEDULED: "SCHEDULED",
  PENDING: "PENDING",
  ACCEPTED: "ACCEPTED",
  DECLINED: "DECLINED",
  CANCELLED: "CANCELLED",
  EXPIRED: "EXPIRED",
} as const;
export type InvitationState = (typeof InvitationState)[keyof typeof InvitationState];

export const DeliveryState = { QUEUED: "QUEUED", SENT: "SENT", FAILED: "FAILED" } as const;
export type DeliveryState = (typeof DeliveryState)[keyof typeof DeliveryState];

export const AdminRole = { TRUST_ADMIN: "TRUST_ADMIN", SCHOOL_ADMIN: "SCHOOL_ADMIN" } as const;
export type AdminRole = (typeof AdminRole)[keyof typeof AdminRole];

export const ImportKind = { INVITATIONS: "INVITATIONS", STAFF: "STAFF" } as const;
export type ImportKind = (typeof ImportKind)[keyof typeof ImportKind];

export const ImportStatus = {
  VALIDATING: "VALIDATING",
  INVALID: "INVALID",
  READY: "READY",
  APPROVED: "APPROVED",
  REJECTED: "REJECTED",
  COMMITTED: "COMMITTED",
  FAILED: "FAILED",
} as const;
export type ImportStatus = (typeof ImportStatus)[keyof typeof ImportStatus];

export const SCHOOL_PHASES = ["Primary", "Secondary", "All-through", "Special", "Alternative provision"] as const;
