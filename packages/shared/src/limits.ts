/**
 * The most invitations one resend or cancel may change: one transaction's worth. A larger
 * selection is refused before anything changes, and the admin narrows it (the web says so first).
 */
export const MAX_BULK_INVITATIONS = 10_000;
