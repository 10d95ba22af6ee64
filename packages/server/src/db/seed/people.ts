import { FIRST_NAMES, LAST_NAMES } from "./names.js";
import type { Random } from "./random.js";
import { emailPart, type SeededStaff } from "./staff.js";

/** People invited who are on no roster: supply staff and governors of a school, or the trust's central team. */
export type Outsider = "supply" | "governor" | "central";

interface OutsiderRow {
  email: string;
  firstName: string;
  lastName: string;
}

/**
 * Everyone the invitations go to, by index: the roster's staff first, then people on no
 * roster, added as they are first invited. Beside who they are, it keeps what the seed must
 * know to respect rule 4 as it goes: until when each (person, product) is taken by an open
 * invitation or an active access. Typed arrays, so the large seed's few hundred thousand
 * people cost tens of MB.
 */
export class People {
  /** Until when (ms) each (person, product) is taken; 0 when free, Infinity for good. */
  busy: Float64Array;
  /** Until when (ms) each person's latest invitation is open: one invitation at a time each. */
  freeAt: Float64Array;
  /** When (ms) each person was first given an access in the trust (Infinity: never)… */
  firstGrantAt: Float64Array;
  /** …and until when they hold one (their accesses' latest revocation; Infinity while one is active). */
  holdsUntil: Float64Array;
  /** Each person's platform account, once they have one. */
  readonly userIds: (string | undefined)[] = [];
  private sinceMs: Float64Array;
  private schoolOf: Int32Array;
  private readonly outsiderRows: OutsiderRow[] = [];
  private readonly outsidersBy = new Map<string, number[]>();
  private readonly locals = new Map<string, number>();
  private count: number;

  constructor(
    private readonly staff: readonly SeededStaff[],
    schoolIndex: ReadonlyMap<string, number>,
    private readonly products: number,
    /** Outsiders' emails are `first.last@domain`, a number added for a name met before. */
    private readonly domain: string,
  ) {
    this.count = staff.length;
    const capacity = Math.max(1024, staff.length * 2);
    this.busy = new Float64Array(capacity * products);
    this.freeAt = new Float64Array(capacity);
    this.firstGrantAt = new Float64Array(capacity).fill(Infinity);
    this.holdsUntil = new Float64Array(capacity);
    this.sinceMs = new Float64Array(capacity);
    this.schoolOf = new Int32Array(capacity).fill(-1);
    staff.forEach(({ staff: s }, i) => {
      this.sinceMs[i] = s.createdAt.getTime();
      this.schoolOf[i] = schoolIndex.get(s.schoolId) ?? -1;
    });
  }

  get size(): number {
    return this.count;
  }

  key(person: number, product: number): number {
    return person * this.products + product;
  }

  /** Rule 5's existing user of the trust: holds an access in it. */
  isMember(person: number, at: number): boolean {
    return this.firstGrantAt[person]! <= at && at < this.holdsUntil[person]!;
  }

  /** Records an access granted to the person, held until it is revoked (or for good). */
  granted(person: number, product: number, at: number, until: number): void {
    const key = person * this.products + product;
    this.busy[key] = Math.max(this.busy[key]!, until);
    this.firstGrantAt[person] = Math.min(this.firstGrantAt[person]!, at);
    this.holdsUntil[person] = Math.max(this.holdsUntil[person]!, until);
  }

  isFree(person: number, product: number, at: number): boolean {
    return this.busy[person * this.products + product]! <= at;
  }

  /** The person may be invited from then (staff: when the roster sync brought them in). */
  since(person: number): number {
    return this.sinceMs[person]!;
  }

  notBefore(person: number, since: number): void {
    this.sinceMs[person] = Math.max(this.sinceMs[person]!, since);
  }

  /** Index of the person's roster school, or the school an outsider works with; -1 for none. */
  school(person: number): number {
    return this.schoolOf[person]!;
  }

  staffId(person: number): string | null {
    return person < this.staff.length ? this.staff[person]!.staff.id : null;
  }

  email(person: number): string {
    return person < this.staff.length ? this.staff[person]!.staff.email : this.outsiderRows[person - this.staff.length]!.email;
  }

  firstName(person: number): string {
    return person < this.staff.length ? this.staff[person]!.staff.firstName : this.outsiderRows[person - this.staff.length]!.firstName;
  }

  lastName(person: number): string {
    return person < this.staff.length ? this.staff[person]!.staff.lastName : this.outsiderRows[person - this.staff.length]!.lastName;
  }

  /** Outsiders of this kind met so far (at this school). */
  outsiders(kind: Outsider, school: number): readonly number[] {
    return this.outsidersBy.get(`${kind}/${school}`) ?? [];
  }

  addOutsider(kind: Outsider, school: number, random: Random, at: number): number {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const local = `${emailPart(firstName)}.${emailPart(lastName)}`;
    const seen = (this.locals.get(local) ?? 0) + 1;
    this.locals.set(local, seen);
    const person = this.count++;
    if (person >= this.freeAt.length) this.grow();
    this.outsiderRows.push({ email: `${local}${seen > 1 ? seen : ""}@${this.domain}`, firstName, lastName });
    this.sinceMs[person] = at;
    this.schoolOf[person] = kind === "central" ? -1 : school;
    const key = `${kind}/${school}`;
    const list = this.outsidersBy.get(key);
    if (list) list.push(person);
    else this.outsidersBy.set(key, [person]);
    return person;
  }

  private grow(): void {
    const capacity = this.freeAt.length * 2;
    const bigger = <A extends Float64Array | Int32Array>(old: A, size: number, fill: number): A => {
      const next = (old instanceof Float64Array ? new Float64Array(size) : new Int32Array(size)) as A;
      next.fill(fill);
      next.set(old);
      return next;
    };
    this.busy = bigger(this.busy, capacity * this.products, 0);
    this.freeAt = bigger(this.freeAt, capacity, 0);
    this.firstGrantAt = bigger(this.firstGrantAt, capacity, Infinity);
    this.holdsUntil = bigger(this.holdsUntil, capacity, 0);
    this.sinceMs = bigger(this.sinceMs, capacity, 0);
    this.schoolOf = bigger(this.schoolOf, capacity, -1);
  }
}
