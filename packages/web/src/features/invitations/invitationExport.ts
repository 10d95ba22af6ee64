import { toInvitationFilterInput, type InvitationFilters } from "./invitationFilters";

/**
 * The CSV export of what the Invitations screen shows: the same filter as the list's query,
 * as the export's query parameters (states as a comma-separated list).
 */
export function invitationExportHref(f: InvitationFilters): string {
  const filter = toInvitationFilterInput(f) ?? {};
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    params.set(name, Array.isArray(value) ? value.join(",") : String(value));
  }
  const query = params.toString();
  return `/api/exports/invitations.csv${query ? `?${query}` : ""}`;
}
