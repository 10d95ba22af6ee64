import { createHash } from "node:crypto";

/**
 * A seeded generator (sfc32, 128-bit state) so that the same key always yields the same
 * data, ids included. Seeded from SHA-256 of the key, so distinct keys give unrelated
 * streams (a 32-bit generator such as mulberry32 would give shifted copies of one cycle).
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A stream for one concept of one trust, e.g. `Random.for(slug, "staff", schoolIndex)`. */
  static for(...parts: (string | number)[]): Random {
    return new Random(JSON.stringify(parts));
  }

  constructor(key: string) {
    const seed = createHash("sha256").update(key).digest();
    this.a = seed.readUInt32LE(0);
    this.b = seed.readUInt32LE(4);
    this.c = seed.readUInt32LE(8);
    this.d = seed.readUInt32LE(12);
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Random.pick needs at least one item");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One value, chosen in proportion to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let point = this.next() * total;
    for (const [value, weight] of entries) {
      point -= weight;
      if (point < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** A time between two instants (ms precision). */
  between(from: Date, to: Date): Date {
    return new Date(from.getTime() + Math.floor(this.next() * (to.getTime() - from.getTime())));
  }

  /** A UUIDv7 (same layout as db/id.ts `newId`) whose random bits come from this stream. */
  id(at: Date): string {
    return this.idAt(at.getTime());
  }

  /** The same, from a time in ms (the large seed makes millions: no Date for each). */
  idAt(ms: number): string {
    const r1 = this.uint32();
    const version = 0x7000 | (r1 & 0x0fff);
    const variant = 0x8000 | ((r1 >>> 16) & 0x3fff);
    const tail = hex32(this.uint32()) + hex16(this.uint32() & 0xffff);
    return `${hex32(Math.floor(ms / 0x10000))}-${hex16(ms % 0x10000)}-${hex16(version)}-${hex16(variant)}-${tail}`;
  }
}

// The large seed makes millions of ids: byte by byte from a table is several times faster than toString(16).
const BYTES = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const hex16 = (value: number) => BYTES[(value >>> 8) & 0xff]! + BYTES[value & 0xff]!;
const hex32 = (value: number) => hex16(value >>> 16) + hex16(value & 0xffff);
