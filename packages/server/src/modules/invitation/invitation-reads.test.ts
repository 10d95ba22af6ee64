import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTrust, type TrustFixture } from "../../test/fixtures.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { CANCEL, invite, INVITATION } from "../../test/invitations.js";

let server: TestServer;
let t: TrustFixture;
let other: TrustFixture;
let admin: { cookie: string };
let created: { id: string; email: string; school: { id: string } | null }[] = [];

const LIST = `query($first: Int, $after: String, $filter: InvitationFilter) {
  invitations(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id email state school { id } items { school { id } } } }
  }
}`;

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "reads", { staffPerSchool: 6 });
  other = await buildTrust(server.db, "reads-other");
  admin = { cookie: await server.signIn(t.trustAdmin.email, t.trustAdmin.password) };
  const atSchool = (i: number) => t.staff.filter((s) => s.schoolId === t.schools[i]!.id).slice(1).map((s) => s.id);
  const mis = await invite(server, admin, { staffIds: [...atSchool(0), ...atSchool(1)], items: [{ productId: t.mis.id, schoolIds: [t.schools[0]!.id, t.schools[1]!.id] }], roleCode: "teacher", returnLinks: true });
  const hr = await invite(server, admin, { staffIds: atSchool(2), items: [{ productId: t.hr.id }], roleCode: "viewer" });
  created = [...mis.invitations, ...hr.invitations];
  await server.gql(CANCEL, { s: { ids: [hr.invitations[0]!.id] } }, admin);
  await invite(server, { apiKey: other.apiKey }, { emails: ["elsewhere@other.org"], items: [{ productId: other.hr.id }], roleCode: "viewer" });
});
afterAll(() => server?.close());

const list = async (variables: Record<string, unknown>, caller: { cookie?: string; apiKey?: string } = admin) => {
  const res = await server.gql(LIST, variables, caller);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.invitations as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; email: string; state: string; school: { id: string } | null; items: { school: { id: string } | null }[] } }[] };
};

describe("reading invitations", () => {
  it("lists the trust's invitations newest first, page by page, never another trust's", async () => {
    const all = await list({ first: 100 });
    expect(all.totalCount).toBe(created.length);
    expect(all.edges.map((e) => e.node.id).sort()).toEqual(created.map((c) => c.id).sort());
    const seen: string[] = [];
    let after: string | null = null;
    let last: string | null = null;
    do {
      const page = await list({ first: 4, after });
      // Every page counts the whole list, not what is left after its cursor.
      expect(page.totalCount).toBe(created.length);
      seen.push(...page.edges.map((e) => e.node.id));
      last = page.pageInfo.endCursor;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
    const beyond = await list({ first: 4, after: last });
    expect({ edges: beyond.edges.length, totalCount: beyond.totalCount }).toEqual({ edges: 0, totalCount: created.length });
    expect((await list({ filter: { search: "nobody-matches-this" } })).totalCount).toBe(0);
  });

  it("searches email and names anywhere, page by page in the list's own order, with its count", async () => {
    const all = (await list({ first: 100 })).edges.map((e) => e.node);
    // The part after the @ of the first invitation: several people share it, in upper case too.
    const term = all[0]!.email.split("@")[1]!;
    const expected = all.filter((i) => i.email.includes(term)).map((i) => i.id);
    expect(expected.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await list({ first: 3, after, filter: { search: term.toUpperCase() } });
      expect(page.totalCount).toBe(expected.length);
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected);
  });

  it("reads a page with its count, items, products, roles and schools in the same few statements whatever its size", async () => {
    const PAGE = `query($first: Int) { invitations(first: $first) { totalCount edges { node { id school { name } items { product { name } role { name } school { name } } } } } }`;
    const statements = async (first: number) => {
      const before = server.db.queries.statements;
      const res = await server.gql(PAGE, { first }, admin);
      expect(res.data!.invitations.edges).toHaveLength(first);
      for (const { node } of res.data!.invitations.edges) expect(node.items[0]).toMatchObject({ product: { name: expect.any(String) }, role: { name: expect.any(String) } });
      return server.db.queries.statements - before;
    };
    await statements(1); // the session's first use is recorded
    const one = await statements(1);
    expect(await statements(created.length)).toBe(one);
    // The session, the page with its count and schools, and its items with their products, roles and schools.
    expect(one).toBeLessThanOrEqual(3);
  });

  it("shows on the page the same items, products, roles and schools as each invitation read alone", async () => {
    const FIELDS = `id school { id name urn } items { id product { id name level } role { id name code } school { id name postcode } cohort { id } }`;
    const page = await server.gql(`query($first: Int) { invitations(first: $first) { edges { node { ${FIELDS} } } } }`, { first: created.length }, admin);
    expect(page.errors).toBeUndefined();
    const nodes = page.data!.invitations.edges.map((e: { node: { id: string } }) => e.node);
    expect(nodes).toHaveLength(created.length);
    for (const node of nodes) {
      const alone = await server.gql(`query($id: ID!) { invitation(id: $id) { ${FIELDS} } }`, { id: node.id }, admin);
      expect(node).toEqual(alone.data!.invitation);
    }
  });

  it("joins only what the page shows: the same request still reads an invitation's items in full", async () => {
    const id = created[0]!.id;
    const res = await server.gql(`query($id: ID!) { invitations(first: 100) { edges { node { id school { name } } } } invitation(id: $id) { items { id product { name } } } }`, { id }, admin);
    expect(res.data!.invitations.edges.length).toBe(created.length);
    expect(res.data!.invitation.items).toHaveLength(2);
  });

  it("filters by state, school, product, role, text, delivery and unresolved", async () => {
    expect((await list({ filter: { states: ["CANCELLED"] } })).totalCount).toBe(1);
    expect((await list({ filter: { unresolved: true } })).totalCount).toBe(created.length - 1);
    expect((await list({ filter: { productId: t.hr.id } })).totalCount).toBe(created.filter((c) => c.school?.id === t.schools[2]!.id).length);
    expect((await list({ filter: { roleId: t.roles.misTeacher.id } })).totalCount).toBe(created.length - 5);
    expect((await list({ filter: { roleId: t.roles.misAdmin.id } })).totalCount).toBe(0);
    expect((await list({ filter: { schoolId: t.schools[1]!.id, states: ["PENDING"] } })).edges.every((e) => e.node.school?.id === t.schools[1]!.id)).toBe(true);
    const one = created[0]!;
    expect((await list({ filter: { search: one.email.toUpperCase() } })).edges.map((e) => e.node.id)).toEqual([one.id]);
    expect((await list({ filter: { delivery: "QUEUED" } })).totalCount).toBe(created.length);
    expect((await list({ filter: { sentFrom: new Date(Date.now() - 3600_000).toISOString() } })).totalCount).toBe(0);
  });

  it("counts an item filter from the items exactly as many invitations as it lists, and only the trust's", async () => {
    // Each MIS invitation carries two items (two schools): counted once each.
    for (const filter of [{ productId: t.mis.id }, { productId: t.mis.id, roleId: t.roles.misTeacher.id }, { productId: t.hr.id }, { roleId: t.roles.hrViewer.id }]) {
      const page = await list({ first: 100, filter });
      expect({ filter, totalCount: page.totalCount }).toEqual({ filter, totalCount: page.edges.length });
    }
    expect((await list({ filter: { productId: t.mis.id } })).totalCount).toBe(created.length - 5);
    // Another trust's product, known by id, matches nothing here.
    expect((await list({ filter: { productId: other.hr.id } })).totalCount).toBe(0);
    // A school admin's count stays within their school.
    const cookie = await server.signIn(t.schoolAdmin.email, t.schoolAdmin.password);
    const theirs = await list({ first: 100, filter: { productId: t.mis.id } }, { cookie });
    expect(theirs.totalCount).toBe(theirs.edges.length);
    expect(theirs.edges.every((e) => e.node.items.some((i) => i.school?.id === t.schoolAdmin.schoolId))).toBe(true);
  });

  it("tells where a page sits with all four PageInfo fields", async () => {
    const q = `query($after: String) { invitations(first: 2, after: $after) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }`;
    const first = (await server.gql(q, {}, admin)).data!.invitations;
    expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: first.edges[0].cursor, endCursor: first.edges[1].cursor });
    const second = (await server.gql(q, { after: first.pageInfo.endCursor }, admin)).data!.invitations;
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: second.edges[0].cursor });
    expect(second.edges[0].cursor).not.toBe(first.edges[1].cursor);
    const empty = (await server.gql(`{ invitations(filter: { search: "nobody-matches-this" }) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, {}, admin)).data!;
    expect(empty.invitations.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it("caps a page at 100 and refuses a forged cursor", async () => {
    const big = await server.gql(LIST, { first: 101 }, admin);
    expect(big.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const forged = await server.gql(LIST, { after: "bm90LWEtY3Vyc29y" }, admin);
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("shows one invitation with its items and history, and another trust's as not found", async () => {
    const read = await server.gql(INVITATION, { id: created[0]!.id }, admin);
    expect(read.data!.invitation.items).toHaveLength(2);
    expect(read.data!.invitation.events[0]).toMatchObject({ kind: "CREATED", actorEmail: t.trustAdmin.email });
    const foreign = await server.gql(INVITATION, { id: created[0]!.id }, { apiKey: other.apiKey });
    expect(foreign.data!.invitation).toBeNull();
  });

  it("limits a school admin to the invitations holding an item at their school (rule 1)", async () => {
    const cookie = await server.signIn(t.schoolAdmin.email, t.schoolAdmin.password);
    const mine = await list({ first: 100 }, { cookie });
    // Every MIS invitation holds an item at both schools, wherever it is listed; no HR one shows.
    const misInvitations = created.filter((c) => !c.school || c.school.id !== t.schools[2]!.id);
    expect(mine.edges.map((e) => e.node.id).sort()).toEqual(misInvitations.map((c) => c.id).sort());
    expect(mine.totalCount).toBe(misInvitations.length);
    expect(mine.edges.every((e) => e.node.items.some((i) => i.school?.id === t.schoolAdmin.schoolId))).toBe(true);
  });

  it("summarises per school for the organisation view", async () => {
    const res = await server.gql(
      `{ schoolInvitationSummaries { school { id urn postcode } total unresolved unsent accepted errors productsAgreed productsTotal lastSentAt } }`,
      {},
      admin,
    );
    const bySchool = new Map(res.data!.schoolInvitationSummaries.map((s: { school: { id: string } }) => [s.school.id, s]));
    const count = (i: number) => created.filter((c) => c.school?.id === t.schools[i]!.id).length;
    expect(bySchool.get(t.schools[0]!.id)).toMatchObject({ total: count(0), unresolved: count(0), accepted: 0, errors: 0, productsAgreed: 1, productsTotal: 1, lastSentAt: null });
    expect(bySchool.get(t.schools[2]!.id)).toMatchObject({ total: count(2), unresolved: count(2) - 1, unsent: 0 });
  });
});

describe("accesses", () => {
  it("shows a user's accesses to admins and revokes one, keeping its history", async () => {
    const users = await server.gql(`{ users(first: 10) { edges { node { email accesses { id revokedAt product { code } } } } } }`, {}, admin);
    const member = users.data!.users.edges.find((e: { node: { email: string } }) => e.node.email === t.member.email).node;
    expect(member.accesses).toHaveLength(1);
    const readOnly = await server.gql(`mutation($id: ID!) { revokeAccess(accessId: $id) { count } }`, { id: member.accesses[0].id }, { apiKey: t.readOnlyKey });
    expect(readOnly.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const foreign = await server.gql(`mutation($id: ID!) { revokeAccess(accessId: $id) { count errors { code } } }`, { id: member.accesses[0].id }, { apiKey: other.apiKey });
    expect(foreign.data!.revokeAccess).toEqual({ count: 0, errors: [{ code: "NOT_FOUND" }] });
    const revoked = await server.gql(`mutation($id: ID!) { revokeAccess(accessId: $id) { count errors { code } } }`, { id: member.accesses[0].id }, admin);
    expect(revoked.data!.revokeAccess).toEqual({ count: 1, errors: [] });
    const after = await server.gql(`{ users(first: 10) { edges { node { email accesses { revokedAt } } } } }`, {}, admin);
    const again = after.data!.users.edges.find((e: { node: { email: string } }) => e.node.email === t.member.email).node;
    expect(again.accesses[0].revokedAt).not.toBeNull();
    // Revoked, the person can be invited to it again.
    const reinvite = await invite(server, admin, { emails: [t.member.email], items: [{ productId: t.mis.id, schoolIds: [t.schools[0]!.id] }], roleCode: "teacher" });
    expect(reinvite.invitations).toHaveLength(1);
  });
});
