// Normalisation applied identically wherever a value enters Lanyard (forms, GraphQL, CSV).

/** Emails are matched without regard to case or surrounding spaces (CONTRACT.md). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A URN is 6 or 7 digits; spreadsheets sometimes add spaces, so those are dropped. */
export function normaliseUrn(urn: string): string {
  return urn.replace(/\s+/g, "");
}

/** Names keep their case but lose stray and doubled spaces. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}

export function normaliseOptional(value: string | null | undefined): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}
