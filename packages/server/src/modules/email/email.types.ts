export const EMAIL_KINDS = ["invitation", "access-granted", "reminder", "cancelled"] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export interface EmailItem {
  productName: string;
  roleName: string;
  /** null for a trust-level product ("across the trust"). */
  schoolName: string | null;
}

export interface EmailData {
  trustName: string;
  recipientName?: string | null;
  inviterName: string;
  items: EmailItem[];
  url: string;
  expiresAt: Date;
  /** Who to ask (e.g. "it@oakwood.org.uk"); "your administrator" when absent. */
  supportContact?: string;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** Values filled into every template; `items` is a list the renderer builds per format. */
export const EMAIL_SLOTS = [
  "subject",
  "trustName",
  "greeting",
  "inviter",
  "products",
  "expiry",
  "url",
  "support",
  "items",
] as const;
export type EmailSlot = (typeof EMAIL_SLOTS)[number];
