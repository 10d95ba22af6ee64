import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphQLSchema } from "graphql";
import { newId } from "../db/id.js";
import { buildTrust, PASSWORD, type TrustFixture } from "../test/fixtures.js";
import { introspect, minimalOperation, rootFields } from "../test/operations.js";
import { startTestServer, type Caller, type TestServer } from "../test/server.js";
import { Access } from "./access/access.entity.js";
import { Staff } from "./staff/staff.entity.js";
import { User } from "./user/user.entity.js";

// CONTRACT.md (HTTP): the operations anyone may call without credentials.
// The invitee's side (accept page, invitee sign-in) is public by design; each is listed here on purpose.
const PUBLIC_QUERIES = new Set(["joinPage", "invitationByToken", "currentUser"]);
const PUBLIC_MUTATIONS = new Set(["signIn", "signOut", "acceptInvitation", "declineInvitation", "requestToJoin", "confirmJoin", "signInUser", "signOutUser"]);

let server: TestServer;
let a: TrustFixture;
let b: TrustFixture;
let schema: GraphQLSchema;
let callers: { name: string; caller: Caller }[];

/** Rows in every table: a refused request must leave them all as they were. */
async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const meta of server.db.dataSource.entityMetadatas) {
    counts[meta.tableName] = await server.db.dataSource.getRepository(meta.target).count();
  }
  return counts;
}

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

beforeAll(async () => {
  server = await startTestServer();
  a = await buildTrust(server.db, "tenancy-a");
  b = await buildTrust(server.db, "tenancy-b");
  schema = await introspect(server, { apiKey: a.apiKey });
  callers = [
    { name: "trust A's admin", caller: { cookie: await server.signIn(a.trustAdmin.email, a.trustAdmin.password) } },
    { name: "trust A's API key", caller: { apiKey: a.apiKey } },
  ];
});
afterAll(() => server?.close());

describe("a trust's admin and API key against another trust's data", () => {
  it("answers null for another trust's school by id", async () => {
    for (const { name, caller } of callers) {
      const res = await server.gql(`query($id: ID!) { school(id: $id) { id name } }`, { id: b.schools[0]!.id }, caller);
      expect(res.errors, name).toBeUndefined();
      expect(res.data?.school, name).toBeNull();
    }
  });

  it("lists only its own schools, staff, users and products", async () => {
    const q = `{
      schools(first: 100) { totalCount edges { node { id } } }
      staff(first: 100) { totalCount edges { node { id } } }
      users(first: 100) { totalCount edges { node { id } } }
      products { id }
    }`;
    for (const { name, caller } of callers) {
      const res = await server.gql(q, {}, caller);
      expect(res.errors, name).toBeUndefined();
      expect(ids(res.data!.schools).sort(), name).toEqual(a.schools.map((s) => s.id).sort());
      expect(res.data!.schools.totalCount, name).toBe(a.schools.length);
      expect(ids(res.data!.staff).sort(), name).toEqual(a.staff.map((s) => s.id).sort());
      expect(res.data!.staff.totalCount, name).toBe(a.staff.length);
      expect(ids(res.data!.users), name).toEqual([a.member.id]);
      expect(res.data!.users.totalCount, name).toBe(1);
      expect(res.data!.products.map((p: { id: string }) => p.id).sort(), name).toEqual([a.mis.id, a.hr.id].sort());
    }
  });

  it("finds nothing of another trust's when filtering by its school or searching for its people", async () => {
    for (const { name, caller } of callers) {
      const res = await server.gql(
        `query($school: ID!, $email: String!) {
          bySchool: staff(filter: { schoolId: $school }) { totalCount edges { node { id } } }
          byEmail: staff(filter: { search: $email }) { totalCount }
          users(search: $email) { totalCount }
        }`,
        { school: b.schools[0]!.id, email: b.member.email },
        caller,
      );
      expect(res.errors, name).toBeUndefined();
      expect(res.data, name).toEqual({ bySchool: { totalCount: 0, edges: [] }, byEmail: { totalCount: 0 }, users: { totalCount: 0 } });
    }
  });

  it("tells a product of another trust is not subscribed, rather than reading its subscriptions", async () => {
    const res = await server.gql(
      `query($id: ID!, $p: ID!) { school(id: $id) { hasActiveSubscription(productId: $p) } schools(filter: { subscribedTo: $p }) { totalCount } }`,
      { id: a.schools[0]!.id, p: b.mis.id },
      { apiKey: a.apiKey },
    );
    expect(res.data).toEqual({ school: { hasActiveSubscription: false }, schools: { totalCount: 0 } });
  });

  it("refuses upsertStaff at another trust's school with UNKNOWN_SCHOOL and writes nothing", async () => {
    for (const { name, caller } of callers) {
      const before = await rowCounts();
      const res = await server.gql(
        `mutation($input: [StaffInput!]!) { upsertStaff(input: $input) { created updated unchanged errors { field code message } } }`,
        { input: [{ schoolId: b.schools[0]!.id, misId: "X1", firstName: "Eve", lastName: "Intruder", email: "eve@tenancy-a.sch.uk" }] },
        caller,
      );
      expect(res.errors, name).toBeUndefined();
      expect(res.data?.upsertStaff, name).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
      expect(res.data?.upsertStaff.errors, name).toEqual([
        { field: ["input", "0", "schoolId"], code: "UNKNOWN_SCHOOL", message: expect.stringMatching(/schools/) },
      ]);
      expect(await rowCounts(), name).toEqual(before);
    }
  });

  it("never reveals as Staff.user an account that belongs only to another trust (rule 5)", async () => {
    // Someone on A's roster registered through trust B: the account exists, but not in A.
    const onARoster = a.staff[1]!;
    const stranger: User = { id: newId(), email: onARoster.email, firstName: "Bea", lastName: "Elsewhere", passwordHash: null, createdAt: new Date() };
    await server.db.dataSource.getRepository(User).insert(stranger);
    await server.db.dataSource.getRepository(Access).insert({
      id: newId(), trustId: b.trust.id, userId: stranger.id, productId: b.mis.id, roleId: b.roles.misTeacher.id,
      schoolId: b.schools[0]!.id, cohortId: null, grantedAt: new Date(), revokedAt: null,
    });

    for (const { name, caller } of callers) {
      const res = await server.gql(
        `query($stranger: String!, $member: String!) {
          stranger: staff(filter: { search: $stranger }) { edges { node { email user { id email } } } }
          member: staff(filter: { search: $member }) { edges { node { email user { id email } } } }
          users(search: $stranger) { totalCount }
        }`,
        { stranger: onARoster.email, member: a.member.email },
        caller,
      );
      expect(res.errors, name).toBeUndefined();
      expect(res.data!.stranger.edges, name).toEqual([{ node: { email: onARoster.email, user: null } }]);
      expect(res.data!.users.totalCount, name).toBe(0);
      // The same field does show an account that is a member of A: the null above is scoping, not a broken field.
      expect(res.data!.member.edges, name).toEqual([{ node: { email: a.member.email, user: { id: a.member.id, email: a.member.email } } }]);
    }
    // Trust B, where the account does belong, sees it.
    const inB = await server.gql(`query($s: String!) { users(search: $s) { edges { node { id } } } }`, { s: onARoster.email }, { apiKey: b.apiKey });
    expect(ids(inB.data!.users)).toEqual([stranger.id]);
  });
});

describe("a school admin against the other schools of their trust", () => {
  let cookie: string;
  let own: string;
  let other: string;
  beforeAll(async () => {
    cookie = await server.signIn(a.schoolAdmin.email, PASSWORD);
    own = a.schoolAdmin.schoolId;
    other = a.schools.find((s) => s.id !== own)!.id;
  });

  it("sees only their own school in the schools list, and null for another school by id", async () => {
    const res = await server.gql(
      `query($other: ID!) { schools(first: 100) { totalCount edges { node { id } } } school(id: $other) { id } }`,
      { other },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    expect(ids(res.data!.schools)).toEqual([own]);
    expect(res.data!.schools.totalCount).toBe(1);
    expect(res.data!.school).toBeNull();
  });

  it("sees only their own school's staff, and none when filtering by another school", async () => {
    const res = await server.gql(
      `query($other: ID!) {
        all: staff(first: 100) { totalCount edges { node { id school { id } } } }
        other: staff(first: 100, filter: { schoolId: $other }) { totalCount edges { node { id } } }
      }`,
      { other },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    expect(ids(res.data!.all).sort()).toEqual(a.staff.filter((s) => s.schoolId === own).map((s) => s.id).sort());
    expect(res.data!.all.totalCount).toBe(a.staff.filter((s) => s.schoolId === own).length);
    expect(res.data!.other).toEqual({ totalCount: 0, edges: [] });
  });

  it("may not upsert staff at another school: UNKNOWN_SCHOOL, nothing written", async () => {
    const before = await server.db.dataSource.getRepository(Staff).countBy({ schoolId: other });
    const res = await server.gql(
      `mutation($input: [StaffInput!]!) { upsertStaff(input: $input) { created errors { field code } } }`,
      { input: [{ schoolId: other, misId: "NEW1", firstName: "Nia", lastName: "New", email: "nia@tenancy-a.sch.uk" }] },
      { cookie },
    );
    expect(res.data?.upsertStaff).toEqual({ created: 0, errors: [{ field: ["input", "0", "schoolId"], code: "UNKNOWN_SCHOOL" }] });
    expect(await server.db.dataSource.getRepository(Staff).countBy({ schoolId: other })).toBe(before);
  });

  it("may upsert staff at their own school", async () => {
    const res = await server.gql(
      `mutation($input: [StaffInput!]!) { upsertStaff(input: $input) { created errors { code } } }`,
      { input: [{ schoolId: own, misId: "OWN1", firstName: "Oli", lastName: "Own", email: "oli@tenancy-a.sch.uk" }] },
      { cookie },
    );
    expect(res.data?.upsertStaff).toEqual({ created: 1, errors: [] });
  });

  it("sees only school-level products", async () => {
    const res = await server.gql(`{ products { code level } }`, {}, { cookie });
    expect(res.data?.products).toEqual([{ code: "MIS", level: "SCHOOL" }]);
  });
});

describe("a read-only API key", () => {
  it("is answered FORBIDDEN by every mutation in the schema, and nothing is written", async () => {
    const mutations = rootFields(schema, "Mutation").filter((m) => !PUBLIC_MUTATIONS.has(m));
    // At least the mutations that exist today; every one added later is covered automatically.
    expect(mutations).toEqual(expect.arrayContaining(["upsertStaff", "createApiKey", "revokeApiKey"]));
    const before = await rowCounts();
    for (const mutation of mutations) {
      const { query, variables } = minimalOperation(schema, "Mutation", mutation);
      const res = await server.gql(query, variables, { apiKey: a.readOnlyKey });
      expect(res.errors?.map((e) => e.extensions?.code), query).toEqual(["FORBIDDEN"]);
      expect(res.data, query).toBeNull();
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("is refused a real upsertStaff with FORBIDDEN, while a write key with the same input succeeds", async () => {
    const input = [{ schoolId: a.schools[1]!.id, misId: "RO-1", firstName: "Rory", lastName: "Reader", email: "rory@tenancy-a.sch.uk" }];
    const q = `mutation($input: [StaffInput!]!) { upsertStaff(input: $input) { created errors { code } } }`;
    const refused = await server.gql(q, { input }, { apiKey: a.readOnlyKey });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(refused.errors?.[0]?.message).toMatch(/read-only/);
    expect(await server.db.dataSource.getRepository(Staff).countBy({ misId: "RO-1" })).toBe(0);
    const allowed = await server.gql(q, { input }, { apiKey: a.apiKey });
    expect(allowed.data?.upsertStaff).toEqual({ created: 1, errors: [] });
  });

  it("may still read", async () => {
    const res = await server.gql(`{ schools { totalCount } viewer { email } }`, {}, { apiKey: a.readOnlyKey });
    expect(res.data).toEqual({ schools: { totalCount: 3 }, viewer: { email: "api-key:Reports" } });
  });
});

describe("without credentials", () => {
  it("answers UNAUTHENTICATED, with no data, for every query but the public ones", async () => {
    const queries = rootFields(schema, "Query").filter((q) => !PUBLIC_QUERIES.has(q));
    expect(queries).toEqual(expect.arrayContaining(["viewer", "trust", "schools", "school", "products", "staff", "users", "apiKeys"]));
    for (const field of queries) {
      const { query, variables } = minimalOperation(schema, "Query", field);
      const res = await server.gql(query, variables);
      expect(res.errors?.map((e) => e.extensions?.code), query).toEqual(["UNAUTHENTICATED"]);
      // A nullable field is answered null beside the error; a non-null one nulls the whole data.
      expect(res.data === null || Object.values(res.data).every((v) => v === null), query).toBe(true);
    }
  });

  it("answers UNAUTHENTICATED for every mutation but the public ones, and writes nothing", async () => {
    const before = await rowCounts();
    for (const field of rootFields(schema, "Mutation").filter((m) => !PUBLIC_MUTATIONS.has(m))) {
      const { query, variables } = minimalOperation(schema, "Mutation", field);
      const res = await server.gql(query, variables);
      expect(res.errors?.map((e) => e.extensions?.code), query).toEqual(["UNAUTHENTICATED"]);
      expect(res.data, query).toBeNull();
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("answers UNAUTHENTICATED with the reason for an unknown API key", async () => {
    const res = await server.gql(`{ viewer { email } }`, {}, { apiKey: "lny_not-a-real-key" });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.errors?.[0]?.message).toMatch(/not valid or has been revoked/);
  });
});
