import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../db/id.js";
import { buildTrust, type TrustFixture } from "../../test/fixtures.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { School } from "./school.entity.js";

// A trust of more than 100 schools: the web app's school filter finds any of them by typing
// (schools(first: 20, filter: { search })), names the one in a URL (school(id:)), and the
// roster filters by it, wherever it sorts.
const PICKER = `query($search: String) { schools(first: 20, filter: { search: $search }) { totalCount edges { node { id name urn postcode } } } }`;
const ONE = `query($id: ID!) { school(id: $id) { id name } }`;
const ROSTER = `query($schoolId: ID) { staff(first: 50, filter: { schoolId: $schoolId }) { totalCount edges { node { email school { id } } } } }`;
const UPSERT = `mutation($input: [StaffInput!]!) { upsertStaff(input: $input) { created errors { message } } }`;

let server: TestServer;
let t: TrustFixture;
let other: TrustFixture;
let admin: { cookie: string };
/** Sorts after the first 100 by name: the old school filter never offered it. */
let far: School;

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "many");
  other = await buildTrust(server.db, "many-other");
  const extra: School[] = Array.from({ length: 118 }, (_, i) => ({
    id: newId(), trustId: t.trust.id, urn: String(800_000 + i), name: `Academy ${String(i).padStart(3, "0")}`, postcode: `LS${i % 20} 1AA`,
    localAuthority: "Leeds", phase: "Primary", createdAt: new Date(),
  }));
  far = { ...extra[0]!, id: newId(), urn: "812345", name: "Yew Tree Academy", postcode: "YO31 7XY" };
  await server.db.dataSource.getRepository(School).insert([...extra, far]);
  admin = { cookie: await server.signIn(t.trustAdmin.email, t.trustAdmin.password) };
  const staff = await server.gql(
    UPSERT,
    { input: [1, 2].map((n) => ({ schoolId: far.id, misId: `Y${n}`, firstName: "Yara", lastName: `Yew${n}`, email: `yara${n}@yew.sch.uk` })) },
    admin,
  );
  expect(staff.data!.upsertStaff).toEqual({ created: 2, errors: [] });
});
afterAll(() => server?.close());

async function pick(search: string | null) {
  const res = await server.gql(PICKER, { search }, admin);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.schools as { totalCount: number; edges: { node: { id: string; name: string } }[] };
}

describe("a trust with more than 100 schools", () => {
  it("finds a school past the first 100 by name, URN or postcode, and names it by its id", async () => {
    const first = await pick(null);
    expect(first.totalCount).toBe(122);
    const hundred = await server.gql(`{ schools(first: 100) { edges { node { id } } } }`, {}, admin);
    expect(hundred.data!.schools.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(far.id);

    for (const search of ["yew tree", "812345", "YO31 7"]) {
      expect((await pick(search)).edges.map((e) => e.node.id)).toEqual([far.id]);
    }
    expect((await server.gql(ONE, { id: far.id }, admin)).data!.school).toEqual({ id: far.id, name: "Yew Tree Academy" });
  });

  it("filters the roster by that school", async () => {
    const res = await server.gql(ROSTER, { schoolId: far.id }, admin);
    expect(res.data!.staff.totalCount).toBe(2);
    expect(res.data!.staff.edges.map((e: { node: { email: string; school: { id: string } } }) => [e.node.email, e.node.school.id]).sort()).toEqual([
      ["yara1@yew.sch.uk", far.id],
      ["yara2@yew.sch.uk", far.id],
    ]);
  });

  it("finds none of another trust's schools, and names none by id", async () => {
    const theirs = other.schools[0]!;
    expect((await pick(theirs.name)).edges).toEqual([]);
    expect((await pick(theirs.urn)).edges).toEqual([]);
    expect((await pick("Ashby Primary")).edges.map((e) => e.node.id)).toEqual([t.schools[0]!.id]);
    expect((await server.gql(ONE, { id: theirs.id }, admin)).data!.school).toBeNull();
    expect((await server.gql(ROSTER, { schoolId: theirs.id }, admin)).data!.staff.totalCount).toBe(0);
  });
});
