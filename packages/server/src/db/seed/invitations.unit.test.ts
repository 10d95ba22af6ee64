import "reflect-metadata";
import { InvitationState } from "@lanyard/shared";
import { describe, expect, it } from "vitest";
import { LARGE_INVITATIONS, buildInvitations, type InvitationWorld, type SeededInvitations } from "./invitations.js";
import { buildSeed } from "./plan.js";

const renderer = { subject: (kind: string) => kind };

function world(slug: string, count: number): InvitationWorld {
  const data = buildSeed({ slug, size: "small", takenUrns: new Set(), passwordHash: "hash", accounts: new Map(), renderer, publicUrl: "http://localhost:4000" });
  const { trust, schools, catalogue, subscriptions, staff, users, admins } = data;
  return { slug, trust, schools, catalogue, subscriptions, staff, users, admins, passwordHash: "hash", tokenKey, accounts: new Map(), profile: { ...LARGE_INVITATIONS, count } };
}
const tokenKey = Buffer.alloc(32, 7);

const tables = (seeded: SeededInvitations) => ({
  users: [...seeded.users],
  invitations: [...seeded.invitations],
  items: [...seeded.items],
  events: [...seeded.events],
  accesses: [...seeded.accesses],
});

describe("the large seed's invitations, made table by table", () => {
  it("are the rows the same invitations make in memory, whichever table is read first", () => {
    const w = world("stream", 6_000);
    const streamed = buildInvitations(w, { materialise: false });
    const kept = buildInvitations(w, { materialise: true });
    const reread = tables(streamed);
    expect(reread).toEqual(tables(kept));
    expect(Object.fromEntries(Object.entries(reread).map(([k, rows]) => [k, rows.length]))).toEqual(streamed.counts);
    // A table read twice is the same again.
    expect([...streamed.events]).toEqual(reread.events);
  });

  it("make their accept links with the seeding's own key: another key, other links, and nothing else changes", () => {
    const w = world("keys", 2_000);
    const one = tables(buildInvitations(w, { materialise: true }));
    const again = tables(buildInvitations(w, { materialise: true }));
    const other = tables(buildInvitations({ ...w, tokenKey: Buffer.alloc(32, 8) }, { materialise: true }));
    expect(again).toEqual(one);
    const hashes = (t: typeof one) => t.invitations.map((i) => i.tokenHash).filter((h) => h !== null);
    expect(hashes(one).length).toBeGreaterThan(100);
    expect(hashes(other).some((h, i) => h === hashes(one)[i])).toBe(false);
    const withoutTokens = (t: typeof one) => ({ ...t, invitations: t.invitations.map((i) => ({ ...i, tokenHash: i.tokenHash === null ? null : "hashed" })) });
    expect(withoutTokens(other)).toEqual(withoutTokens(one));
  });

  it("spread over the trust's two academic years, mostly accepted, expired or pending, with rule 4's keys unique", () => {
    const w = world("spread", 20_000);
    const { invitations, items, accesses } = tables(buildInvitations(w, { materialise: true }));
    expect(invitations).toHaveLength(20_000);
    const created = invitations.map((i) => i.createdAt.getTime());
    expect(created).toEqual([...created].sort((a, b) => a - b));
    expect(new Date(created[0]!).toISOString().slice(0, 7)).toBe("2025-09");
    expect(new Date(created.at(-1)!).toISOString().slice(0, 7)).toBe("2026-11");
    const states = new Map<string, number>();
    for (const i of invitations) states.set(i.state, (states.get(i.state) ?? 0) + 1);
    expect(states.get(InvitationState.ACCEPTED)! + states.get(InvitationState.EXPIRED)!).toBeGreaterThan(0.8 * invitations.length);
    expect(states.get(InvitationState.PENDING)).toBeGreaterThan(0);
    expect(items.length / invitations.length).toBeGreaterThan(1.15);

    const unique = (values: (string | null)[]) => {
      const present = values.filter((v): v is string => v !== null);
      return new Set(present).size === present.length;
    };
    expect(unique(items.map((i) => i.openKey))).toBe(true);
    expect(unique(accesses.map((a) => a.activeKey))).toBe(true);
    expect(unique(invitations.map((i) => i.tokenHash))).toBe(true);
  });
});
