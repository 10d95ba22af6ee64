import { createHmac } from "node:crypto";
import { DeliveryState, InvitationState } from "@lanyard/shared";
import type { Access } from "../../modules/access/access.entity.js";
import { hashToken } from "../../modules/auth/tokens.js";
import type { EmailKind } from "../../modules/email/email.types.js";
import { DATED_DETAIL } from "../../modules/invitation/invitation-history.js";
import { activeAccessKey, openItemKey } from "../../modules/invitation/keys.js";
import type { Cohort } from "../../modules/product/cohort.entity.js";
import type { ProductRole } from "../../modules/product/product-role.entity.js";
import type { User } from "../../modules/user/user.entity.js";
import { DAY, HOUR, MINUTE, SECOND } from "./dates.js";
import {
  API_KEY_NAME,
  ITEMS_PER_INVITATION,
  nextMorning,
  planDays,
  ROLE_PEOPLE,
  SCHOOL_ROLES,
  TRUST_ROLES,
  type Prepared,
  type SeedProduct,
} from "./invitation-world.js";
import type { InvitationBundle, InvitationProfile, PlannedEmail } from "./invitations.js";
import { People, type Outsider } from "./people.js";
import { Random } from "./random.js";

// One pass of the invitations' simulation: every invitation in the order they were made,
// each lived through to the reference time.

/** A bulk invitation: one role, the same products, for several people at once (rule 3). */
interface Batch {
  at: number;
  sendAt: number;
  invitedBy: string;
  /** The school whose staff are invited; -1 for trust-level products. */
  school: number;
  role: string;
  products: readonly SeedProduct[];
  cohorts: readonly (Cohort | null)[];
  candidates: readonly number[];
  outsider: Outsider | null;
  /** Made a moment before the reference time: the outbox worker hasn't got to it yet. */
  queued: boolean;
}

/** Fixed outcomes for the small seed's oldest invitations, so that every state is there whatever the slug. */
type Forced = "failed" | "declined" | "cancelled" | "expired" | "accepted" | "resent";
const SHOWCASE: readonly Forced[] = ["failed", "declined", "cancelled", "expired", "accepted", "resent"];

/** An invitation's history as it is written, each step after the one before. */
class Story {
  readonly steps: [kind: string, at: number, actor: string | null, detail: string | null, date: number | null][] = [];
  private last = -Infinity;

  /** `date`: the time the step refers to (a send time, a new expiry), kept apart from its words. */
  add(kind: string, at: number, actor: string | null, detail: string | null, date: number | null = null): number {
    const when = Math.max(at, this.last + 1);
    this.last = when;
    this.steps.push([kind, when, actor, detail === null ? null : detail.slice(0, 500), date]);
    return when;
  }
}

interface Life {
  state: InvitationState;
  sentAt: number | null;
  expiresAt: number;
  respondedAt: number | null;
  delivery: DeliveryState | null;
  lastError: string | null;
  token: string | null;
  /** When it stopped being open (Infinity while open). */
  closedAt: number;
  /** The account its acceptor registered on the accept page, if they had none. */
  user: User | null;
}

interface DraftItem {
  id: string;
  product: SeedProduct;
  role: ProductRole;
  schoolId: string | null;
  cohort: Cohort | null;
  grantNow: boolean;
}

/** Which hashes a pass computes (the others are left empty: that pass doesn't write them). */
export interface Hashes {
  tokens: boolean;
  openKeys: boolean;
  activeKeys: boolean;
}

export class Simulation {
  private readonly random: Random;
  private readonly people: People;
  private readonly profile: InvitationProfile;

  constructor(
    private readonly p: Prepared,
    private readonly hashes: Hashes,
  ) {
    this.random = Random.for(p.world.slug, "invitations");
    this.profile = p.world.profile;
    this.people = new People(p.world.staff, p.schoolIndex, p.products.length, p.domain);
    this.preload();
  }

  /** Accounts and accesses from before: their holders can't be invited to what they have (rule 4). */
  private preload(): void {
    const { users, accounts } = this.p.world;
    const personByEmail = new Map(this.p.world.staff.map((m, i) => [m.staff.email, i]));
    const emailByUser = new Map<string, string>([...accounts].map(([email, id]) => [id, email]));
    for (const user of users.users) {
      emailByUser.set(user.id, user.email);
      const person = personByEmail.get(user.email);
      if (person !== undefined) this.people.notBefore(person, user.createdAt.getTime());
    }
    const productIndex = new Map(this.p.products.map((pr) => [pr.row.id, pr.index]));
    for (const access of users.accesses) {
      const person = personByEmail.get(emailByUser.get(access.userId) ?? "");
      if (person === undefined) continue;
      this.people.userIds[person] = access.userId;
      // Held from the start (conservatively): nobody is invited to it before it is revoked.
      this.people.granted(person, productIndex.get(access.productId)!, access.grantedAt.getTime(), access.revokedAt?.getTime() ?? Infinity);
    }
  }

  *run(): Generator<InvitationBundle> {
    const { profile, random } = this;
    const special = profile.showcase ? 14 : 0;
    let made = 0;
    let last = -Infinity;
    for (const day of planDays(this.p, profile.count - special)) {
      const times = Array.from({ length: day.quota }, () => day.start + Math.floor(random.next() * (day.end - day.start))).sort((a, b) => a - b);
      let done = 0;
      let fruitless = 0;
      while (done < day.quota) {
        const at = Math.max(times[done]!, last + 1);
        last = at;
        // A batch can come up empty (everyone it would reach already invited): after a few, a trust-level one for new central staff always works.
        const batch = this.planBatch(at, fruitless >= 5);
        if (!batch) {
          fruitless++;
          continue;
        }
        const size = Math.min(day.quota - done, random.weighted(profile.batchSizes));
        let filled = 0;
        for (let n = 0; n < size; n++) {
          const forced = profile.showcase && made < SHOWCASE.length ? SHOWCASE[made] : undefined;
          const bundle = this.invite(batch, forced);
          if (!bundle) continue;
          filled++;
          made++;
          yield bundle;
        }
        done += filled;
        fruitless = filled === 0 ? fruitless + 1 : 0;
      }
    }
    if (profile.showcase) {
      // This morning: one of a few invitations bounced, a bulk invitation scheduled for the next
      // school morning, and one sent a moment ago that the outbox hasn't delivered yet.
      const ref = this.p.ref;
      for (const [at, sendAt, size, queued, first] of [
        [ref - 150 * MINUTE, ref - 150 * MINUTE, 3, false, "failed"],
        [ref - 2 * HOUR, nextMorning(ref), 6, false, undefined],
        [ref - MINUTE, ref - MINUTE, 5, true, undefined],
      ] as const) {
        const batch = this.schoolBatch(at, 0, "teacher");
        if (!batch) continue;
        const planned: Batch = { ...batch, sendAt, queued, invitedBy: this.p.trustAdmin };
        for (let n = 0; n < size; n++) {
          const bundle = this.invite(planned, n === 0 ? first : undefined);
          if (bundle) yield bundle;
        }
      }
    }
  }

  private planBatch(at: number, trustOnly: boolean): Batch | null {
    const { random } = this;
    const batch = trustOnly || random.chance(this.profile.trustLevel)
      ? this.trustBatch(at, trustOnly ? "viewer" : random.weighted(TRUST_ROLES))
      : this.schoolBatch(at, random.weighted(this.p.schoolWeights), random.weighted(SCHOOL_ROLES));
    if (!batch) return null;
    if (random.chance(0.08)) return { ...batch, sendAt: nextMorning(at + random.int(0, 3) * DAY) };
    return batch;
  }

  private trustBatch(at: number, role: string): Batch | null {
    const products = this.choose(this.p.products.filter((pr) => pr.trustLevel && pr.roles.has(role) && this.subscribed(pr, -1, at)));
    if (products.length === 0) return null;
    return {
      at,
      sendAt: at,
      invitedBy: this.p.trustAdmin,
      school: -1,
      role,
      products,
      cohorts: products.map(() => null),
      candidates: this.p.rosters.get(`trust/${role}`) ?? [],
      outsider: "central",
      queued: false,
    };
  }

  private schoolBatch(at: number, school: number, role: string): Batch | null {
    const { random } = this;
    const products = this.choose(this.p.products.filter((pr) => !pr.trustLevel && pr.roles.has(role) && this.subscribed(pr, school, at)));
    if (products.length === 0) return null;
    const invitedBy =
      school === 0 && this.p.schoolAdmin && random.chance(0.6)
        ? this.p.schoolAdmin
        : role === "teacher" && random.chance(0.1)
          ? API_KEY_NAME
          : this.p.trustAdmin;
    return {
      at,
      sendAt: at,
      invitedBy,
      school,
      role,
      products,
      cohorts: products.map((pr) => this.cohort(pr, role, at)),
      candidates: this.p.rosters.get(`${school}/${role}`) ?? [],
      outsider: ROLE_PEOPLE[role]!.outsider,
      queued: false,
    };
  }

  /** One, two or three of the products on offer. */
  private choose(offered: readonly SeedProduct[]): SeedProduct[] {
    if (offered.length === 0) return [];
    const count = Math.min(offered.length, this.random.weighted(ITEMS_PER_INVITATION));
    return this.random.shuffle(offered).slice(0, count).sort((a, b) => a.index - b.index);
  }

  /** Training products name an intake now and then: one of the next two that haven't ended. */
  private cohort(product: SeedProduct, role: string, at: number): Cohort | null {
    const fits = product.code === "CPD" || (product.code === "SAFE" && (role === "dsl" || role === "senior-leader"));
    if (!fits || !this.random.chance(0.5)) return null;
    const open = product.cohorts.filter((c) => (c.endsAt?.getTime() ?? Infinity) > at).slice(0, 2);
    return open.length ? this.random.pick(open) : null;
  }

  private subscribed(product: SeedProduct, school: number, at: number): boolean {
    const slot = (product.index * (this.p.schools.length + 1) + school + 1) * 2;
    return this.p.terms[slot]! <= at && at < this.p.terms[slot + 1]!;
  }

  /** Someone the batch can still invite to at least one of its products, or -1. */
  private pickPerson(batch: Batch, forced: Forced | undefined): number {
    const { random, people } = this;
    const usable = (person: number) =>
      people.since(person) <= batch.at &&
      people.freeAt[person]! <= batch.at &&
      !(forced && people.isMember(person, batch.at)) &&
      batch.products.some((pr) => people.isFree(person, pr.index, batch.at));
    // Now and then someone on no roster: central staff for trust-level products, supply staff or governors at a school.
    const outsiderFirst = batch.outsider !== null && random.chance(batch.outsider === "central" ? 0.25 : 0.04);
    for (let attempt = 0; attempt < 3 && batch.candidates.length > 0 && !outsiderFirst; attempt++) {
      const person = random.pick(batch.candidates);
      if (usable(person)) return person;
    }
    if (!batch.outsider) return -1;
    // Mostly someone met before (supply staff come back), else someone new.
    const known = people.outsiders(batch.outsider, batch.school);
    for (let attempt = 0; attempt < 8 && known.length > 0 && random.chance(0.9); attempt++) {
      const person = random.pick(known);
      if (usable(person)) return person;
    }
    return people.addOutsider(batch.outsider, batch.school, random, batch.at);
  }

  private invite(batch: Batch, forced: Forced | undefined): InvitationBundle | null {
    const person = this.pickPerson(batch, forced);
    if (person < 0) return null;
    const { people, random, p } = this;
    const at = batch.at;
    const email = people.email(person);
    const school = people.school(person);
    const schoolId = school < 0 ? null : p.schools[school]!.school.id;
    const existingUser = people.isMember(person, at);
    const id = random.idAt(at);
    const items: DraftItem[] = [];
    batch.products.forEach((product, n) => {
      if (!people.isFree(person, product.index, at)) return;
      items.push({
        id: random.idAt(at),
        product,
        role: product.roles.get(batch.role)!,
        schoolId: product.trustLevel ? null : schoolId,
        cohort: batch.cohorts[n] ?? null,
        // Rule 5: an existing user of the trust is granted at once what doesn't ask for acceptance.
        grantNow: existingUser && product.grantsExisting,
      });
    });

    const story = new Story();
    const emails: PlannedEmail[] = [];
    const accesses: Access[] = [];
    const life = this.live(batch, person, items, forced, story, emails, accesses);

    // Rule 4 from now on: what was granted is held (see grant); the rest is taken while the invitation is open.
    const open = life.state === InvitationState.SCHEDULED || life.state === InvitationState.PENDING;
    if (life.state !== InvitationState.ACCEPTED) {
      for (const item of items) if (!item.grantNow) people.busy[people.key(person, item.product.index)] = life.closedAt;
    }
    people.freeAt[person] = life.closedAt;

    const toDate = (ms: number | null) => (ms === null ? null : new Date(ms));
    return {
      invitation: {
        id,
        trustId: p.trustId,
        email,
        firstName: people.firstName(person),
        lastName: people.lastName(person),
        staffId: people.staffId(person),
        schoolId,
        state: life.state,
        existingUser,
        tokenHash: life.token === null ? null : this.hashes.tokens ? hashToken(life.token) : "",
        createdAt: new Date(at),
        sendAt: new Date(batch.sendAt),
        sentAt: toDate(life.sentAt),
        expiresAt: new Date(life.expiresAt),
        respondedAt: toDate(life.respondedAt),
        delivery: life.delivery,
        lastError: life.lastError,
        awaitingApproval: false,
        invitedBy: batch.invitedBy,
      },
      items: items.map((item) => ({
        id: item.id,
        trustId: p.trustId,
        invitationId: id,
        productId: item.product.row.id,
        roleId: item.role.id,
        schoolId: item.schoolId,
        cohortId: item.cohort?.id ?? null,
        openKey: open && !item.grantNow ? (this.hashes.openKeys ? openItemKey(p.trustId, email, item.product.row.id, item.schoolId) : "") : null,
      })),
      events: story.steps.map(([kind, when, actorLabel, detail, date]) => ({
        id: random.idAt(when),
        trustId: p.trustId,
        invitationId: id,
        at: new Date(when),
        kind,
        actorLabel,
        detail,
        date: date === null ? null : new Date(date),
      })),
      accesses,
      user: life.user,
      emails,
    };
  }

  /** Lives the invitation through, from its making to the reference time. */
  private live(
    batch: Batch,
    person: number,
    items: DraftItem[],
    forced: Forced | undefined,
    story: Story,
    emails: PlannedEmail[],
    accesses: Access[],
  ): Life {
    const { random, profile, p } = this;
    const ref = p.ref;
    const at = batch.at;
    const scheduled = batch.sendAt > at;
    // Who follows it up: an integration's invitations are chased by the trust's admins.
    const admin = batch.invitedBy === API_KEY_NAME ? p.trustAdmin : batch.invitedBy;
    if (scheduled) story.add("SCHEDULED", at, batch.invitedBy, DATED_DETAIL.SCHEDULED, batch.sendAt);
    else story.add("CREATED", at, batch.invitedBy, null);

    const grants = items.filter((i) => i.grantNow);
    const allGranted = grants.length === items.length;
    const life: Life = {
      state: allGranted ? InvitationState.ACCEPTED : scheduled ? InvitationState.SCHEDULED : InvitationState.PENDING,
      sentAt: null,
      expiresAt: Math.max(at, batch.sendAt) + p.expiry,
      respondedAt: allGranted ? at : null,
      delivery: DeliveryState.QUEUED,
      lastError: null,
      token: allGranted ? null : this.token(),
      closedAt: allGranted ? at : Infinity,
      user: null,
    };
    if (grants.length > 0) {
      const userId = this.people.userIds[person]!;
      for (const item of grants) accesses.push(this.grant(batch, person, item, userId, at));
      story.add(
        allGranted ? "ACCEPTED" : "GRANTED",
        at + 1,
        batch.invitedBy,
        `access granted at once to ${grants.map((g) => this.place(g)).join(", ")} (an existing user of the trust)`,
      );
    }
    let email = this.email(allGranted ? "access-granted" : "invitation", at, batch.sendAt, life);
    emails.push(email);
    if (allGranted) {
      if (!batch.queued) this.deliver(email, life, story);
      return life;
    }

    // A scheduled invitation is now and then called off before it goes.
    if (scheduled && !forced && random.chance(0.04) && at + 10 * MINUTE < Math.min(batch.sendAt, ref)) {
      this.cancel(random.between(new Date(at + 10 * MINUTE), new Date(Math.min(batch.sendAt, ref))).getTime(), admin, life, story, emails);
      return life;
    }
    if (batch.sendAt > ref) return life;
    life.state = InvitationState.PENDING;
    if (batch.queued) return life;

    const bounces = forced === "failed" || (!forced && random.chance(profile.failure));
    for (let cycle = 0; ; cycle++) {
      if (bounces) {
        const failedAt = this.fail(email, life, story, this.people.email(person));
        if (failedAt !== null && !forced && random.chance(0.35) && failedAt + 30 * MINUTE < Math.min(life.expiresAt, ref)) {
          this.cancel(random.between(new Date(failedAt + 30 * MINUTE), new Date(Math.min(life.expiresAt, ref))).getTime(), admin, life, story, emails);
        } else if (life.expiresAt <= ref) {
          this.expire(life, story);
        }
        return life;
      }
      const delivered = this.deliver(email, life, story);
      if (delivered === null) return life;

      const answers = forced
        ? forced === "accepted" || forced === "declined" || (forced === "resent" && cycle > 0)
        : random.chance(cycle === 0 ? profile.respond : profile.respondToReminder);
      const answeredAt = delivered + (forced ? random.int(10, 3 * 24 * 60) * MINUTE : this.answerDelay());
      if (answers && answeredAt < life.expiresAt) {
        if (answeredAt > ref) return life; // they'll answer, but haven't yet
        const accepts = forced ? forced !== "declined" : random.chance(profile.accept);
        if (accepts) this.accept(batch, person, items, answeredAt, life, story, accesses);
        else {
          const when = story.add("DECLINED", answeredAt, null, null);
          life.state = InvitationState.DECLINED;
          life.respondedAt = when;
          life.closedAt = when;
        }
        return life;
      }

      const until = Math.min(life.expiresAt, ref);
      if ((forced === "cancelled" || (!forced && random.chance(profile.cancel))) && delivered + 2 * HOUR < until) {
        this.cancel(random.between(new Date(delivered + 2 * HOUR), new Date(until)).getTime(), admin, life, story, emails);
        return life;
      }
      if (cycle < 2 && ((forced === "resent" && cycle === 0) || (!forced && random.chance(profile.resend)))) {
        // Resent as a nudge before the link expires, or after it has (rule 6), with a new link (rule 7).
        const nudge = !forced && random.chance(0.4) && delivered + 3 * DAY < life.expiresAt - DAY;
        const resentAt = nudge
          ? random.between(new Date(delivered + 3 * DAY), new Date(life.expiresAt - DAY)).getTime()
          : life.expiresAt + random.int(2 * 60, 10 * 24 * 60) * MINUTE;
        if (resentAt < ref) {
          if (resentAt > life.expiresAt) this.expire(life, story);
          life.expiresAt = resentAt + p.expiry;
          life.token = this.token();
          life.state = InvitationState.PENDING;
          life.delivery = DeliveryState.QUEUED;
          life.lastError = null;
          life.closedAt = Infinity;
          story.add("RESENT", resentAt, admin, DATED_DETAIL.RESENT, life.expiresAt);
          email = this.email("reminder", resentAt, resentAt, life);
          emails.push(email);
          continue;
        }
      }
      if (life.expiresAt <= ref) this.expire(life, story);
      return life;
    }
  }

  /** How long people take to answer: many within hours, most within days, a few after the link expired. */
  private answerDelay(): number {
    const { random } = this;
    const u = random.next();
    if (u < 0.4) return random.int(3, 4 * 60) * MINUTE;
    if (u < 0.78) return random.int(4 * 60, 3 * 24 * 60) * MINUTE;
    return random.int(3 * 24 * 60, 20 * 24 * 60) * MINUTE;
  }

  /** 256 bits, URL-safe, as `newToken()` makes them: the seed's stream, keyed with the seeding's own key. */
  private token(): string {
    const bytes = Buffer.allocUnsafe(32);
    for (let i = 0; i < 8; i++) bytes.writeUInt32LE(this.random.uint32(), i * 4);
    return createHmac("sha256", this.p.world.tokenKey).update(bytes).digest("base64url");
  }

  private email(kind: EmailKind, createdAt: number, sendAt: number, life: Life): PlannedEmail {
    return {
      kind,
      createdAt,
      nextAttemptAt: sendAt,
      status: "QUEUED",
      attempts: 0,
      lastError: null,
      transport: null,
      sentAt: null,
      token: kind === "invitation" || kind === "reminder" ? life.token : null,
      expiresAt: life.expiresAt,
    };
  }

  /** The outbox worker delivers it (to the built-in mailbox) a few seconds after it is due; null if not yet. */
  private deliver(email: PlannedEmail, life: Life, story: Story): number | null {
    const at = email.nextAttemptAt + this.random.int(SECOND, 30 * SECOND);
    if (at > this.p.ref) return null;
    const when = story.add("SENT", at, null, `${email.kind} email delivered`);
    email.status = "SENT";
    email.sentAt = when;
    email.transport = "mailbox";
    if (email.kind !== "cancelled") {
      life.delivery = DeliveryState.SENT;
      life.sentAt = when;
      life.lastError = null;
    }
    return when;
  }

  /** The recipient's server refuses it: the worker tries again with back-off, up to 8 times. Answers the last try's time. */
  private fail(email: PlannedEmail, life: Life, story: Story, to: string): number | null {
    const { random } = this;
    const error = random.pick(BOUNCES)(to);
    let at = email.nextAttemptAt + random.int(SECOND, 30 * SECOND);
    let last: number | null = null;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS && at <= this.p.ref; attempt++) {
      last = story.add("DELIVERY_FAILED", at, null, `${email.kind} email: ${error}`);
      const backoff = Math.round(Math.min(5 * SECOND * 2 ** (attempt - 1), 30 * MINUTE) * (1 + random.next() * 0.1));
      Object.assign(email, { status: "FAILED", attempts: attempt, lastError: error, transport: "smtp", nextAttemptAt: last + backoff });
      at = last + backoff + random.int(SECOND, 5 * SECOND);
    }
    if (last !== null) {
      life.delivery = DeliveryState.FAILED;
      life.lastError = error;
    }
    return last;
  }

  private expire(life: Life, story: Story): void {
    // The clock marks it on its next tick, at most a few seconds late.
    story.add("EXPIRED", Math.min(life.expiresAt + this.random.int(0, 20 * SECOND), Math.max(life.expiresAt, this.p.ref)), null, null);
    life.state = InvitationState.EXPIRED;
    life.closedAt = life.expiresAt;
  }

  /** Rule 8: its link stops working; emails not yet gone are withdrawn; whoever received it is told. */
  private cancel(at: number, admin: string, life: Life, story: Story, emails: PlannedEmail[]): void {
    const told = life.state === InvitationState.PENDING && life.sentAt !== null;
    for (const email of emails) {
      if (email.status === "QUEUED" || email.status === "FAILED") Object.assign(email, { status: "WITHDRAWN", lastError: "Not sent: the invitation was cancelled." });
    }
    const when = story.add("CANCELLED", at, admin, null);
    life.state = InvitationState.CANCELLED;
    life.respondedAt = when;
    life.closedAt = when;
    if (told) {
      const notice = this.email("cancelled", when, when, life);
      emails.push(notice);
      this.deliver(notice, life, story);
    }
  }

  private accept(batch: Batch, person: number, items: DraftItem[], at: number, life: Life, story: Story, accesses: Access[]): void {
    const { people } = this;
    let userId = people.userIds[person];
    let registered = false;
    if (userId === undefined) {
      const email = people.email(person);
      userId = this.p.world.accounts.get(email);
      if (userId === undefined) {
        // A new person registers on the accept page (rule 9: an existing account signs in instead).
        userId = this.random.idAt(at);
        life.user = {
          id: userId,
          email,
          firstName: people.firstName(person),
          lastName: people.lastName(person),
          passwordHash: this.p.world.passwordHash,
          createdAt: new Date(at),
        };
        registered = true;
      }
      people.userIds[person] = userId;
    }
    const when = story.add("ACCEPTED", at, null, registered ? "registered and accepted" : "accepted, signed in");
    for (const item of items) if (!item.grantNow) accesses.push(this.grant(batch, person, item, userId, when));
    life.state = InvitationState.ACCEPTED;
    life.respondedAt = when;
    life.closedAt = when;
  }

  /** An item becomes an Access; a few are revoked later (a leaver, a change of job). */
  private grant(batch: Batch, person: number, item: DraftItem, userId: string, at: number): Access {
    const { random, people, p } = this;
    const revokedAt =
      random.chance(this.profile.revoke) && at + 14 * DAY < p.ref - DAY
        ? random.between(new Date(at + 14 * DAY), new Date(p.ref - DAY))
        : null;
    people.granted(person, item.product.index, at, revokedAt?.getTime() ?? Infinity);
    const revokedBy = batch.invitedBy === p.schoolAdmin && item.schoolId !== null ? p.schoolAdmin : p.trustAdmin;
    return {
      id: random.idAt(at),
      trustId: p.trustId,
      userId,
      productId: item.product.row.id,
      roleId: item.role.id,
      schoolId: item.schoolId,
      cohortId: item.cohort?.id ?? null,
      grantedAt: new Date(at),
      revokedAt,
      revokedBy: revokedAt ? revokedBy : null,
      invitationItemId: item.id,
      activeKey: revokedAt ? null : this.hashes.activeKeys ? activeAccessKey(p.trustId, userId, item.product.row.id, item.schoolId) : "",
    };
  }

  /** "HR and Payroll", "Library at Oakfield Primary Academy". */
  private place(item: DraftItem): string {
    const school = item.schoolId === null ? null : this.p.schools[this.p.schoolIndex.get(item.schoolId)!]!.school.name;
    return `${item.product.row.name}${school ? ` at ${school}` : ""}`;
  }
}

/** The outbox worker's default: after this many failed attempts a message stays FAILED. */
const MAX_ATTEMPTS = 8;

/** What receiving mail servers answer when they refuse a message, as nodemailer reports it. */
const BOUNCES: readonly ((to: string) => string)[] = [
  (to) => `550 5.1.1 <${to}>: Recipient address rejected: User unknown in virtual mailbox table`,
  (to) => `550 5.1.1 <${to}>: Recipient address rejected: User unknown in local recipient table`,
  (to) => `552 5.2.2 <${to}>: Mailbox full: the recipient's mailbox is over its quota`,
  (to) => `554 5.7.1 <${to}>: Relay access denied`,
  () => "550 5.7.1 Message rejected as spam by Content Filtering",
  () => "connect ETIMEDOUT 192.0.2.25:25",
];
