import { createHash } from "node:crypto";

const key = (parts: (string | null)[]) => createHash("sha256").update(parts.map((p) => p ?? "").join("|")).digest("hex");

/** Rule 4's database key for an open invitation item: one per (trust, email, product, school). */
export const openItemKey = (trustId: string, email: string, productId: string, schoolId: string | null) =>
  key([trustId, email, productId, schoolId]);

/** One active access per (trust, user, product, school). */
export const activeAccessKey = (trustId: string, userId: string, productId: string, schoolId: string | null) =>
  key([trustId, userId, productId, schoolId]);
