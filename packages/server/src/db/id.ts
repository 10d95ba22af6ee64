import { randomFillSync } from "node:crypto";

// Random bytes are drawn 4 kB at a time: one system call per 256 ids rather than one per id,
// which made up a visible share of inviteStaff's CPU (7,000 ids a request, `pnpm bench`).
const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

function randomBytes16(): Buffer {
  if (offset + 16 > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + 16));
  offset += 16;
  return bytes;
}

/**
 * A time-ordered UUID (v7). Ids are made here rather than by the database so that bulk
 * inserts can link rows in one round trip, and new rows land at the end of the primary key.
 */
export function newId(now = Date.now()): string {
  const bytes = randomBytes16();
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
