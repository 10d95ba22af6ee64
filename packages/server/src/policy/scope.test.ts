// What a school admin's "own school" means for invitations (rule 1, invitation.policy.ts), proved
// for reads, lists, counts, the organisation view, the mailbox, the roster and every mutation,
// beside the trust-wide callers who see everything of the trust.
import { Acceptance, ProductLevel } from "@lanyard/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../db/id.js";
import { Access as AccessRow } from "../modules/access/access.entity.js";
import { Invitation } from "../modules/invitation/invitation.entity.js";
import { ProductRole } from "../modules/product/product-role.entity.js";
import { Product } from "../modules/product/product.entity.js";
import { Subscription } from "../modules/subscription/subscription.entity.js";
import { buildTrust, type TrustFixture } from "../test/fixtures.js";
import { invite } from "../test/invitations.js";
import { startTestServer, type Caller, type TestServer } from "../test/server.js";

let server: TestServer;
let t: TrustFixture;
let trustAdmin: Caller;
let schoolAdmin: Caller;
let A: string;
let B: string;
let track: Product;
let training: Product;
/** The six invitations, by what they hold. */
const inv = {} as Record<"own" | "trustOnly" | "mixed" | "otherSchool" | "twoSchools" | "grantedTrust", string>;

const LIST = `query($filter: InvitationFilter) {
  invitations(first: 100, filter: $filter) { totalCount manageableCount edges { node { id } } }
}`;
const ONE = `query($id: ID!) {
  invitation(id: $id) { id viewerCanManage school { id } items { viewerCanManage product { code name } school { id } } }
}`;
const SUMMARIES = `{ schoolInvitationSummaries { school { id } total unresolved } }`;
const RESEND = `mutation($s: InvitationSelection!) { resendInvitations(selection: $s) { count errors { code message field } } }`;
const CANCEL = `mutation($s: InvitationSelection!) { cancelInvitations(selection: $s) { count errors { code message field } } }`;

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id).sort();
const sorted = (...list: string[]) => [...list].sort();

async function product(code: string, name: string, level: ProductLevel, acceptance: Acceptance, subscribedAt: (string | null)[]) {
  const repo = server.db.dataSource;
  const row: Product = { id: newId(), trustId: t.trust.id, code, name, description: null, level, acceptance, createdAt: new Date() };
  await repo.getRepository(Product).insert(row);
  await repo.getRepository(ProductRole).insert({ id: newId(), productId: row.id, code: "teacher", name: "Teacher", description: null, accessSettings: [], position: 0 });
  await repo.getRepository(Subscription).insert(
    subscribedAt.map((schoolId) => ({ id: newId(), trustId: t.trust.id, productId: row.id, schoolId, startsAt: new Date(Date.now() - 86_400_000), endsAt: null, createdAt: new Date() })),
  );
  return row;
}

/** What the database holds of these invitations, to prove a refusal changed nothing. */
async function snapshot(...list: string[]) {
  const rows = await server.db.dataSource.getRepository(Invitation).findBy(list.map((id) => ({ id })));
  return rows.map((r) => ({ id: r.id, state: r.state, tokenHash: r.tokenHash, expiresAt: r.expiresAt.toISOString() })).sort((a, b) => a.id.localeCompare(b.id));
}

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "scope");
  A = t.schoolAdmin.schoolId;
  B = t.schools[1]!.id;
  trustAdmin = { cookie: await server.signIn(t.trustAdmin.email, t.trustAdmin.password) };
  schoolAdmin = { cookie: await server.signIn(t.schoolAdmin.email, t.schoolAdmin.password) };
  // Every product has a "teacher" role, so one invite can carry several (rule 3).
  await server.db.dataSource.getRepository(ProductRole).insert({ id: newId(), productId: t.hr.id, code: "teacher", name: "Teacher", description: null, accessSettings: [], position: 1 });
  track = await product("TRACK", "Progress Tracker", ProductLevel.SCHOOL, Acceptance.REQUIRE_ACCEPTANCE, [A]);
  training = await product("TRAIN", "Staff Training", ProductLevel.TRUST, Acceptance.GRANT_EXISTING_USERS, [null]);

  const staffAt = (schoolId: string) => t.staff.filter((s) => s.schoolId === schoolId);
  const one = async (staffId: string, items: { productId: string; schoolIds?: string[] }[]) => {
    const result = await invite(server, trustAdmin, { staffIds: [staffId], items, roleCode: "teacher" });
    expect(result.skipped).toEqual([]);
    return result.invitations[0]!.id;
  };
  inv.own = await one(staffAt(A)[1]!.id, [{ productId: t.mis.id, schoolIds: [A] }]);
  inv.trustOnly = await one(staffAt(A)[2]!.id, [{ productId: t.hr.id }]);
  inv.mixed = await one(staffAt(A)[3]!.id, [{ productId: t.mis.id, schoolIds: [A] }, { productId: t.hr.id }]);
  inv.otherSchool = await one(staffAt(B)[0]!.id, [{ productId: t.mis.id, schoolIds: [B] }]);
  inv.twoSchools = await one(staffAt(B)[1]!.id, [{ productId: t.mis.id, schoolIds: [A, B] }]);
  // The member (staff[0] at A) is granted Training at once (rule 5); the Tracker item stays open.
  inv.grantedTrust = await one(staffAt(A)[0]!.id, [{ productId: track.id, schoolIds: [A] }, { productId: training.id }]);
});
afterAll(() => server?.close());

describe("trust-wide callers", () => {
  it("see and may change every invitation of the trust, each item theirs to manage", async () => {
    for (const caller of [trustAdmin, { apiKey: t.apiKey }, { apiKey: t.readOnlyKey }]) {
      const res = await server.gql(LIST, {}, caller);
      expect(res.data!.invitations).toMatchObject({ totalCount: 6, manageableCount: 6 });
      expect(ids(res.data!.invitations)).toEqual(sorted(...Object.values(inv)));
      const mixed = await server.gql(ONE, { id: inv.mixed }, caller);
      expect(mixed.data!.invitation).toMatchObject({ viewerCanManage: true, school: { id: A } });
      expect(mixed.data!.invitation.items.map((i: { viewerCanManage: boolean }) => i.viewerCanManage)).toEqual([true, true]);
    }
  });

  it("count each invitation under the school it is listed at in the organisation view", async () => {
    const res = await server.gql(SUMMARIES, {}, trustAdmin);
    const totals = Object.fromEntries(res.data!.schoolInvitationSummaries.map((s: { school: { id: string }; total: number }) => [s.school.id, s.total]));
    expect(totals).toEqual({ [A]: 4, [B]: 2 });
  });
});

describe("a school admin (rule 1)", () => {
  it("sees only the invitations holding an item at their school, and counts the ones they may change", async () => {
    const res = await server.gql(LIST, {}, schoolAdmin);
    expect(res.errors).toBeUndefined();
    expect(ids(res.data!.invitations)).toEqual(sorted(inv.own, inv.mixed, inv.twoSchools, inv.grantedTrust));
    // The mixed and two-school invitations hold open items managed by the trust.
    expect(res.data!.invitations).toMatchObject({ totalCount: 4, manageableCount: 2 });
  });

  it("gets the same answer filtering by their own school, and counts filters within their scope", async () => {
    const own = await server.gql(LIST, { filter: { schoolId: A } }, schoolAdmin);
    expect(ids(own.data!.invitations)).toEqual(sorted(inv.own, inv.mixed, inv.twoSchools, inv.grantedTrust));
    const hr = await server.gql(LIST, { filter: { productId: t.hr.id } }, schoolAdmin);
    expect(hr.data!.invitations).toMatchObject({ totalCount: 1, manageableCount: 0 });
    expect(ids(hr.data!.invitations)).toEqual([inv.mixed]);
    const other = await server.gql(LIST, { filter: { schoolId: B } }, schoolAdmin);
    expect(ids(other.data!.invitations)).toEqual([inv.twoSchools]);
  });

  it("reads one invitation only when it is in scope: another is not found", async () => {
    for (const id of [inv.trustOnly, inv.otherSchool]) {
      const res = await server.gql(ONE, { id }, schoolAdmin);
      expect(res.errors).toBeUndefined();
      expect(res.data!.invitation).toBeNull();
    }
  });

  it("sees the items managed by the trust by product name only, with no school and no actions", async () => {
    const mixed = (await server.gql(ONE, { id: inv.mixed }, schoolAdmin)).data!.invitation;
    expect(mixed).toMatchObject({ id: inv.mixed, viewerCanManage: false, school: { id: A } });
    const byCode = (a: { product: { code: string } }, b: { product: { code: string } }) => a.product.code.localeCompare(b.product.code);
    expect([...mixed.items].sort(byCode)).toEqual([
      { viewerCanManage: false, product: { code: "HR", name: t.hr.name }, school: null },
      { viewerCanManage: true, product: { code: "MIS", name: t.mis.name }, school: { id: A } },
    ]);
    const twoSchools = (await server.gql(ONE, { id: inv.twoSchools }, schoolAdmin)).data!.invitation;
    // Listed under the other school, which they don't see.
    expect(twoSchools).toMatchObject({ viewerCanManage: false, school: null });
    expect(twoSchools.items.map((i: { viewerCanManage: boolean; school: { id: string } | null }) => [i.viewerCanManage, i.school?.id ?? null]).sort()).toEqual(
      [
        [false, null],
        [true, A],
      ].sort(),
    );
    // An item granted at once is taken up already: it doesn't stop them managing the rest.
    const granted = (await server.gql(ONE, { id: inv.grantedTrust }, schoolAdmin)).data!.invitation;
    expect(granted.viewerCanManage).toBe(true);
    expect(granted.items.find((i: { product: { code: string } }) => i.product.code === "TRAIN")).toMatchObject({ viewerCanManage: false, school: null });
  });

  it("sees only their school in the organisation view, counting every invitation they see", async () => {
    const res = await server.gql(SUMMARIES, {}, schoolAdmin);
    expect(res.data!.schoolInvitationSummaries).toEqual([{ school: { id: A }, total: 4, unresolved: 4 }]);
  });

  it("sees only the emails about invitations in their scope in the mailbox", async () => {
    const res = await server.gql(`{ emailMessages(first: 100) { totalCount edges { node { invitationId } } } }`, {}, schoolAdmin);
    const about = new Set(res.data!.emailMessages.edges.map((e: { node: { invitationId: string } }) => e.node.invitationId));
    expect([...about].sort()).toEqual(sorted(inv.own, inv.mixed, inv.twoSchools, inv.grantedTrust));
    expect(res.data!.emailMessages.totalCount).toBe(res.data!.emailMessages.edges.length);
  });

  it("sees on the roster only the open invitations in their scope", async () => {
    const person = t.staff.filter((s) => s.schoolId === A)[2]!; // holds only the trust-level HR invitation
    const q = `query($s: String!) { staff(filter: { search: $s }) { edges { node { openInvitations { id } } } } }`;
    const theirs = await server.gql(q, { s: person.email }, schoolAdmin);
    expect(theirs.data!.staff.edges).toEqual([{ node: { openInvitations: [] } }]);
    const trusts = await server.gql(q, { s: person.email }, trustAdmin);
    expect(trusts.data!.staff.edges).toEqual([{ node: { openInvitations: [{ id: inv.trustOnly }] } }]);
  });

  it("resends by ids only what every open item of lies in their scope; the rest are NOT_ALLOWED and unchanged", async () => {
    const untouched = [inv.mixed, inv.twoSchools, inv.trustOnly, inv.otherSchool];
    const before = await snapshot(...untouched);
    const res = await server.gql(RESEND, { s: { ids: Object.values(inv) } }, schoolAdmin);
    expect(res.data!.resendInvitations.count).toBe(2);
    expect(res.data!.resendInvitations.errors).toEqual([
      { code: "NOT_ALLOWED", field: ["selection"], message: expect.stringMatching(/^2 invitations were not resent: they hold products managed by the trust/) },
    ]);
    expect(await snapshot(...untouched)).toEqual(before);
  });

  it("cancels 'all matching' only what they may change; the rest are NOT_ALLOWED and stay pending", async () => {
    const before = await snapshot(inv.mixed, inv.twoSchools, inv.trustOnly, inv.otherSchool);
    const res = await server.gql(CANCEL, { s: { filter: { unresolved: true } } }, schoolAdmin);
    expect(res.data!.cancelInvitations).toEqual({
      count: 2,
      errors: [{ code: "NOT_ALLOWED", field: ["selection"], message: expect.stringMatching(/^2 invitations were not cancelled/) }],
    });
    expect(await snapshot(inv.mixed, inv.twoSchools, inv.trustOnly, inv.otherSchool)).toEqual(before);
    const states = await snapshot(inv.own, inv.grantedTrust);
    expect(states.map((s) => s.state)).toEqual(["CANCELLED", "CANCELLED"]);
    // The count of what they may still change follows.
    const list = await server.gql(LIST, { filter: { unresolved: true } }, schoolAdmin);
    expect(list.data!.invitations).toMatchObject({ totalCount: 2, manageableCount: 0 });
  });

  it("may invite only their school's staff to school-level products at their school", async () => {
    const ownStaff = t.staff.filter((s) => s.schoolId === A)[1]!;
    const otherStaff = t.staff.filter((s) => s.schoolId === B)[2]!;
    const res = await invite(server, schoolAdmin, {
      staffIds: [ownStaff.id, otherStaff.id],
      items: [{ productId: track.id, schoolIds: [A] }, { productId: t.hr.id }],
      roleCode: "teacher",
      dryRun: true,
    });
    const reasons = res.skipped.map((s) => `${s.email} ${s.productId === track.id ? "TRACK" : "HR"} ${s.reason}`).sort();
    // Staff of another school are not theirs to name: refused without saying who.
    expect(reasons).toEqual([" HR NOT_ALLOWED", " TRACK NOT_ALLOWED", `${ownStaff.email} HR NOT_ALLOWED`].sort());
    expect(res.summary).toMatchObject({ invitations: 1, items: 1 });
  });

  it("may revoke an access at their school, never a trust-level one", async () => {
    const training_ = await server.db.dataSource.getRepository(AccessRow).findOneByOrFail({ productId: training.id });
    const q = `mutation($id: ID!) { revokeAccess(accessId: $id) { count errors { code } } }`;
    const refused = await server.gql(q, { id: training_.id }, schoolAdmin);
    expect(refused.data!.revokeAccess).toEqual({ count: 0, errors: [{ code: "NOT_FOUND" }] });
    expect((await server.db.dataSource.getRepository(AccessRow).findOneByOrFail({ id: training_.id })).revokedAt).toBeNull();
    const mis = await server.db.dataSource.getRepository(AccessRow).findOneByOrFail({ productId: t.mis.id, userId: t.member.id });
    expect((await server.gql(q, { id: mis.id }, schoolAdmin)).data!.revokeAccess).toEqual({ count: 1, errors: [] });
  });
});
