import { activeAccessKey } from "../invitation/keys.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../db/id.js";
import { buildTrust, PASSWORD, type TrustFixture } from "../../test/fixtures.js";
import { startTestServer, type Caller, type TestServer } from "../../test/server.js";
import { Access } from "../access/access.entity.js";
import { User } from "./user.entity.js";

const USERS = `query($first: Int, $after: String, $search: String) {
  users(first: $first, after: $after, search: $search) {
    totalCount
    edges { node { id email firstName lastName accesses { product { code } role { code } school { name } revokedAt } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface UserNode { id: string; email: string; firstName: string; lastName: string; accesses: { product: { code: string }; role: { code: string }; school: { name: string } | null; revokedAt: string | null }[] }

let server: TestServer;
let t: TrustFixture;
let other: TrustFixture;
/** Holds MIS at schools[1] and HR trust-wide, and an old, revoked MIS access at schools[0]. */
let both: User;
/** Holds only HR, trust-wide. */
let hrOnly: User;
/** Holds MIS at schools[0] in this trust, and MIS in the other trust. */
let shared: User;

const user = (email: string, firstName: string, lastName: string): User => ({ id: newId(), email, firstName, lastName, passwordHash: null, createdAt: new Date() });

async function users(caller: Caller, variables: Record<string, unknown> = {}) {
  const res = await server.gql(USERS, variables, caller);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.users as { totalCount: number; edges: { node: UserNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
const emails = (page: { edges: { node: UserNode }[] }) => page.edges.map((e) => e.node.email);
const byEmail = (page: { edges: { node: UserNode }[] }, email: string) => page.edges.find((e) => e.node.email === email)?.node;

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "users");
  other = await buildTrust(server.db, "users-other");
  both = user("bo.both@users.sch.uk", "Bo", "Both");
  hrOnly = user("hal.hr@users.sch.uk", "Hal", "Human");
  shared = user("sam.shared@example.org", "Sam", "Shared");
  const earlier = new Date(Date.now() - 60_000);
  const access = (trust: TrustFixture, u: User, product: "mis" | "hr", school: number | null, extra: Partial<Access> = {}): Access => ({
    id: newId(), trustId: trust.trust.id, userId: u.id, productId: trust[product].id,
    roleId: product === "mis" ? trust.roles.misAdmin.id : trust.roles.hrViewer.id,
    schoolId: school === null ? null : trust.schools[school]!.id, cohortId: null, grantedAt: new Date(), revokedAt: null,
    revokedBy: null, invitationItemId: null,
    activeKey: extra.revokedAt ? null : activeAccessKey(trust.trust.id, u.id, trust[product].id, school === null ? null : trust.schools[school]!.id),
    ...extra,
  });
  await server.db.dataSource.getRepository(User).insert([both, hrOnly, shared]);
  await server.db.dataSource.getRepository(Access).insert([
    access(t, both, "mis", 0, { grantedAt: new Date(earlier.getTime() - 60_000), revokedAt: earlier }),
    access(t, both, "mis", 1, { grantedAt: earlier }),
    access(t, both, "hr", null),
    access(t, hrOnly, "hr", null),
    access(t, shared, "mis", 0),
    access(other, shared, "mis", 0),
    access(other, shared, "hr", null),
  ]);
});
afterAll(() => server?.close());

describe("users, for a trust admin or key", () => {
  const key = () => ({ apiKey: t.apiKey });

  it("lists only people who hold an access in the trust, by last name", async () => {
    const page = await users(key());
    expect(emails(page)).toEqual([both.email, hrOnly.email, t.member.email, shared.email]);
    expect(page.totalCount).toBe(4);
    expect(emails(page)).not.toContain(t.outsider.email);
    expect(emails(page)).not.toContain(other.member.email);
  });

  it("shows each access with its product, role, school and revocation", async () => {
    const page = await users(key());
    expect(byEmail(page, both.email)!.accesses).toEqual([
      { product: { code: "MIS" }, role: { code: "admin" }, school: { name: t.schools[0]!.name }, revokedAt: expect.stringMatching(/Z$/) },
      { product: { code: "MIS" }, role: { code: "admin" }, school: { name: t.schools[1]!.name }, revokedAt: null },
      { product: { code: "HR" }, role: { code: "viewer" }, school: null, revokedAt: null },
    ]);
    expect(byEmail(page, t.member.email)!.accesses).toEqual([{ product: { code: "MIS" }, role: { code: "teacher" }, school: { name: t.schools[0]!.name }, revokedAt: null }]);
  });

  it("shows only this trust's accesses of someone who also belongs to another trust", async () => {
    const page = await users(key(), { search: "shared" });
    expect(page.edges.map((e) => e.node)).toEqual([
      { id: shared.id, email: shared.email, firstName: "Sam", lastName: "Shared", accesses: [{ product: { code: "MIS" }, role: { code: "admin" }, school: { name: t.schools[0]!.name }, revokedAt: null }] },
    ]);
    const there = await users({ apiKey: other.apiKey }, { search: "shared" });
    expect(there.edges[0]!.node.accesses.map((a) => a.product.code).sort()).toEqual(["HR", "MIS"]);
  });

  it("searches by name or email, without regard to case", async () => {
    expect(emails(await users(key(), { search: "HAL" }))).toEqual([hrOnly.email]);
    expect(emails(await users(key(), { search: "human" }))).toEqual([hrOnly.email]);
    expect(emails(await users(key(), { search: "bo.both@" }))).toEqual([both.email]);
    expect(emails(await users(key(), { search: "Bo Both" }))).toEqual([both.email]);
    expect((await users(key(), { search: "olive" })).totalCount).toBe(0); // the outsider exists, but not in this trust
  });

  it("pages through the users with no duplicates or gaps", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page = await users(key(), { first: 1, after });
      seen.push(...emails(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([both.email, hrOnly.email, t.member.email, shared.email]);
  });
});

describe("users, for a school admin", () => {
  let cookie: string;
  beforeAll(async () => {
    cookie = await server.signIn(t.schoolAdmin.email, PASSWORD);
  });

  it("lists only people with an access at their school", async () => {
    const page = await users({ cookie });
    // `both` held an access at schools[0] once (revoked): still a person of this school's history.
    expect(emails(page)).toEqual([both.email, t.member.email, shared.email]);
    expect(page.totalCount).toBe(3);
  });

  it("shows only the accesses at their school", async () => {
    const page = await users({ cookie });
    expect(byEmail(page, both.email)!.accesses).toEqual([
      { product: { code: "MIS" }, role: { code: "admin" }, school: { name: t.schools[0]!.name }, revokedAt: expect.any(String) },
    ]);
  });
});
