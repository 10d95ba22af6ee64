import { createHash } from "node:crypto";

const hash = (parts: (string | null)[]) => createHash("sha256").update(parts.map((p) => p ?? "").join("|")).digest("hex");

/**
 * A unique key for one (trust, person, product, school): 16 hex digits of the (trust, product,
 * school) alone, then 32 of the whole. The shared head keeps one product's keys at one school
 * side by side in the index, so the hundreds of keys an invitation to that product checks and
 * writes fall on a few index pages, not one random page each: on a million-row table most
 * pages are not in memory, and each random one is a disk read (`pnpm bench`, inviteStaff).
 * The whole stays a 192-bit hash of every part, as unique as the parts are.
 */
function groupedKey(trustId: string, person: string, productId: string, schoolId: string | null): string {
  return groupHead(trustId, productId, schoolId) + hash([trustId, person, productId, schoolId]).slice(0, 32);
}

// A request checks thousands of keys over a handful of (product, school) pairs: their heads are
// remembered rather than hashed again (a bounded cache: cleared when it grows large).
const heads = new Map<string, string>();
function groupHead(trustId: string, productId: string, schoolId: string | null): string {
  const parts = `${trustId}|${productId}|${schoolId ?? ""}`;
  let head = heads.get(parts);
  if (head === undefined) {
    if (heads.size >= 10_000) heads.clear();
    heads.set(parts, (head = hash([trustId, productId, schoolId]).slice(0, 16)));
  }
  return head;
}

/** Rule 4's database key for an open invitation item: one per (trust, email, product, school). */
export const openItemKey = (trustId: string, email: string, productId: string, schoolId: string | null) => groupedKey(trustId, email, productId, schoolId);

/** One active access per (trust, user, product, school). */
export const activeAccessKey = (trustId: string, userId: string, productId: string, schoolId: string | null) => groupedKey(trustId, userId, productId, schoolId);
