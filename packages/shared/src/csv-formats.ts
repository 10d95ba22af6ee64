// The CSV formats of the contract ("CSV formats"): the columns of each import kind, in the
// template's order, and the two an invitations export adds so it can be imported again (rule 12).
import { ImportKind } from "./enums.js";

export const INVITATION_CSV_COLUMNS = [
  "email",
  "first_name",
  "last_name",
  "school_urn",
  "product_code",
  "role_code",
  "cohort_code",
  "expires_at",
  "external_id",
] as const;

export const STAFF_CSV_COLUMNS = ["school_urn", "mis_id", "first_name", "last_name", "email", "job_title"] as const;

/** What an invitations export writes after the import columns. */
export const INVITATION_EXPORT_EXTRA_COLUMNS = ["invitation_id", "state"] as const;

export const IMPORT_KINDS: readonly ImportKind[] = Object.values(ImportKind);

export const IMPORT_COLUMNS: Record<ImportKind, readonly string[]> = {
  INVITATIONS: INVITATION_CSV_COLUMNS,
  STAFF: STAFF_CSV_COLUMNS,
};
