import * as crypto from "node:crypto";

// One-shot hashing where Node has it (20.12+): a third of createHash's cost, and a request
// makes thousands of keys.
const sha256: (text: string) => string =
  typeof crypto.hash === "function" ? (text) => crypto.hash("sha256", text, "hex") : (text) => crypto.createHash("sha256").update(text).digest("hex");
const hash = (trustId: string, person: string, productId: string, schoolId: string | null) => sha256(`${trustId}|${person}|${productId}|${schoolId ?? ""}`);

/**
 * A unique key for one (trust, person, product, school): 16 hex digits of the (trust, product,
 * school) alone, then 32 of the whole. The shared head keeps one product's keys at one school
 * side by side in the index, so the hundreds of keys an invitation to that product checks and
 * writes fall on a few index pages, not one random page each: on a million-row table most
 * pages are not in memory, and each random one is a disk read (`pnpm bench`, inviteStaff).
 * The whole stays a 192-bit hash of every part, as unique as the parts are.
 */
function groupedKey(trustId: string, person: string, productId: string, schoolId: string | null): string {
  return groupHead(trustId, productId, schoolId) + hash(trustId, person, productId, schoolId).slice(0, 32);
}

// A request checks thousands of keys over a handful of (product, school) pairs: their heads are
// remembered rather than hashed again (a bounded cache: cleared when it grows large).
const heads = new Map<string, string>();
function groupHead(trustId: string, productId: string, schoolId: string | null): string {
  const parts = `${trustId}|${productId}|${schoolId ?? ""}`;
  let head = heads.get(parts);
  if (head === undefined) {
    if (heads.size >= 10_000) heads.clear();
    heads.set(parts, (head = sha256(parts).slice(0, 16)));
  }
  return head;
}

/** Rule 4's database key for an open invitation item: one per (trust, email, product, school). */
export const openItemKey = (trustId: string, email: string, productId: string, schoolId: string | null) => groupedKey(trustId, email, productId, schoolId);

/** One active access per (trust, user, product, school). */
export const activeAccessKey = (trustId: string, userId: string, productId: string, schoolId: string | null) => groupedKey(trustId, userId, productId, schoolId);

/**
 * The keys of one request, each made once: the request looks up thousands of them, plans
 * with them and writes them, and a key costs a hash while a remembered one costs a lookup.
 */
export class RequestKeys {
  private readonly made = new Map<string, string>();

  constructor(private readonly trustId: string) {}

  openItem(email: string, productId: string, schoolId: string | null): string {
    return this.remember(`o|${email}|${productId}|${schoolId ?? ""}`, () => openItemKey(this.trustId, email, productId, schoolId));
  }

  activeAccess(userId: string, productId: string, schoolId: string | null): string {
    return this.remember(`a|${userId}|${productId}|${schoolId ?? ""}`, () => activeAccessKey(this.trustId, userId, productId, schoolId));
  }

  private remember(parts: string, make: () => string): string {
    let key = this.made.get(parts);
    if (key === undefined) this.made.set(parts, (key = make()));
    return key;
  }
}
