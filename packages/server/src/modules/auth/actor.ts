import type { AdminRole } from "@lanyard/shared";

/** Who is calling: a signed-in admin or an integrator's API key. Services take it explicitly. */
export interface Actor {
  kind: "admin" | "api-key";
  /** The admin's or the key's id. */
  id: string;
  trustId: string;
  /** Set for a school admin: the one school they may see and change. */
  schoolId: string | null;
  role: AdminRole | null;
  /** False for a read-only API key. */
  canWrite: boolean;
  /** What the audit log and the viewer show: the admin's email or the key's name. */
  label: string;
  sessionId: string | null;
}
