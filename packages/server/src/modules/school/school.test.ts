import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../db/id.js";
import { buildTrust, type TrustFixture } from "../../test/fixtures.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { School } from "./school.entity.js";

const SCHOOLS = `query($first: Int, $after: String, $filter: SchoolFilter) {
  schools(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id name urn postcode phase } }
    pageInfo { hasNextPage endCursor }
  }
}`;

let server: TestServer;
let t: TrustFixture;
let key: string;
/** Every school of the trust, sorted by name as the list promises. */
let all: School[];

async function schools(variables: Record<string, unknown> = {}) {
  const res = await server.gql(SCHOOLS, variables, { apiKey: key });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.schools as { totalCount: number; edges: { cursor: string; node: { id: string; name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const names = async (filter: Record<string, unknown>) => (await schools({ filter, first: 100 })).edges.map((e) => e.node.name);

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "schools");
  await buildTrust(server.db, "schools-other");
  key = t.apiKey;
  // More schools, named so that insertion order is not name order, and two with the same name
  // (the id breaks the tie, so pages still neither repeat nor skip).
  const extra: School[] = ["Zephyr Academy", "Meadow Primary", "Elm Tree School", "Elm Tree School", "Orchard 100% Academy"].map((name, i) => ({
    id: newId(), trustId: t.trust.id, urn: String(900_000 + Math.floor(Math.random() * 90_000) + i), name, postcode: `YO${i + 1} 7XY`,
    localAuthority: "York", phase: i % 2 ? "Secondary" : "Primary", createdAt: new Date(),
  }));
  await server.db.dataSource.getRepository(School).insert(extra);
  all = [...t.schools, ...extra].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.id < y.id ? -1 : 1));
});
afterAll(() => server?.close());

describe("schools connection", () => {
  it("counts every school of the trust and lists them by name", async () => {
    const page = await schools();
    expect(page.totalCount).toBe(8);
    expect(page.edges.map((e) => e.node.id)).toEqual(all.map((s) => s.id));
    expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: page.edges.at(-1)!.cursor });
  });

  for (const size of [1, 2, 3]) {
    it(`walks every page of ${size} with no duplicates or gaps`, async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 20; pages++) {
        const page = await schools({ first: size, after });
        expect(page.edges.length).toBeLessThanOrEqual(size);
        expect(page.totalCount).toBe(all.length);
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        expect(page.edges).toHaveLength(size);
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.map((s) => s.id));
    });
  }

  it("answers an empty last page after the last cursor", async () => {
    const everything = await schools({ first: 100 });
    const after = await schools({ first: 5, after: everything.pageInfo.endCursor });
    expect(after.edges).toEqual([]);
    expect(after.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it("refuses more than 100 per page with BAD_USER_INPUT that names the limit", async () => {
    const res = await server.gql(SCHOOLS, { first: 101 }, { apiKey: key });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/100/);
    expect((await schools({ first: 100 })).edges).toHaveLength(8);
  });

  it("refuses a page size below 1 with BAD_USER_INPUT", async () => {
    for (const first of [0, -5]) {
      const res = await server.gql(SCHOOLS, { first }, { apiKey: key });
      expect(res.errors?.[0]?.extensions?.code, String(first)).toBe("BAD_USER_INPUT");
    }
  });

  it("refuses a cursor it did not make with BAD_USER_INPUT", async () => {
    const forged = Buffer.from(JSON.stringify(["only one value"])).toString("base64url");
    for (const after of ["garbage!!", "bm90IGpzb24", forged]) {
      const res = await server.gql(SCHOOLS, { after }, { apiKey: key });
      expect(res.data, after).toBeNull();
      expect(res.errors?.[0]?.extensions?.code, after).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message, after).toMatch(/endCursor/);
    }
  });
});

describe("schools filter", () => {
  it("searches by part of the name, without regard to case", async () => {
    expect(await names({ search: "elm tree" })).toEqual(["Elm Tree School", "Elm Tree School"]);
    expect(await names({ search: "BROOK" })).toEqual([t.schools[1]!.name]);
  });

  it("matches % and _ in a search literally", async () => {
    expect(await names({ search: "100%" })).toEqual(["Orchard 100% Academy"]);
    expect(await names({ search: "%" })).toEqual(["Orchard 100% Academy"]);
    expect(await names({ search: "_" })).toEqual([]);
  });

  it("searches by URN", async () => {
    expect(await names({ search: t.schools[2]!.urn })).toEqual([t.schools[2]!.name]);
    expect(await names({ search: ` ${t.schools[2]!.urn} ` })).toEqual([t.schools[2]!.name]);
  });

  it("searches by postcode with or without its space, in any case", async () => {
    const expected = [t.schools[0]!.name]; // LS1 2AB
    expect(await names({ search: "LS1 2AB" })).toEqual(expected);
    expect(await names({ search: "ls12ab" })).toEqual(expected);
    expect(await names({ search: "ls1 2ab" })).toEqual(expected);
    expect(await names({ search: "LS12" })).toEqual(expected);
  });

  it("filters by phase", async () => {
    expect((await names({ phase: "Secondary" })).sort()).toEqual(all.filter((s) => s.phase === "Secondary").map((s) => s.name).sort());
  });

  it("keeps only schools with an active subscription to the product (an ended one does not count)", async () => {
    const page = await schools({ filter: { subscribedTo: t.mis.id } });
    expect(page.edges.map((e) => e.node.id).sort()).toEqual([t.schools[0]!.id, t.schools[1]!.id].sort());
    expect(page.totalCount).toBe(2);
  });

  it("combines filters", async () => {
    expect(await names({ subscribedTo: t.mis.id, search: "brook" })).toEqual([t.schools[1]!.name]);
    expect(await names({ subscribedTo: t.mis.id, phase: "Secondary" })).toEqual([]);
  });
});

describe("a school", () => {
  it("answers one school by id with its trust", async () => {
    const s = t.schools[0]!;
    const res = await server.gql(`query($id: ID!) { school(id: $id) { id urn name postcode localAuthority phase trust { slug } } }`, { id: s.id }, { apiKey: key });
    expect(res.data?.school).toEqual({ id: s.id, urn: s.urn, name: s.name, postcode: s.postcode, localAuthority: "Leeds", phase: "Primary", trust: { slug: "schools" } });
  });

  it("answers null for an unknown id", async () => {
    const res = await server.gql(`query($id: ID!) { school(id: $id) { id } }`, { id: newId() }, { apiKey: key });
    expect(res).toMatchObject({ data: { school: null } });
    expect(res.errors).toBeUndefined();
  });

  it("lists its subscriptions with the product and whether each is active", async () => {
    const q = `query($id: ID!) { school(id: $id) { subscriptions { product { code level } school { id } active endsAt } } }`;
    const current = await server.gql(q, { id: t.schools[1]!.id }, { apiKey: key });
    expect(current.data?.school.subscriptions).toEqual([
      { product: { code: "MIS", level: "SCHOOL" }, school: { id: t.schools[1]!.id }, active: true, endsAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) },
    ]);
    const ended = await server.gql(q, { id: t.schools[2]!.id }, { apiKey: key });
    expect(ended.data?.school.subscriptions).toEqual([{ product: { code: "MIS", level: "SCHOOL" }, school: { id: t.schools[2]!.id }, active: false, endsAt: expect.any(String) }]);
    expect(new Date(ended.data?.school.subscriptions[0].endsAt).getTime()).toBeLessThan(Date.now());
  });

  it("tells whether it has an active subscription to a product", async () => {
    const q = `query($id: ID!, $mis: ID!, $hr: ID!) { school(id: $id) { mis: hasActiveSubscription(productId: $mis) hr: hasActiveSubscription(productId: $hr) } }`;
    const at = async (i: number) => (await server.gql(q, { id: t.schools[i]!.id, mis: t.mis.id, hr: t.hr.id }, { apiKey: key })).data?.school;
    expect(await at(0)).toEqual({ mis: true, hr: false });
    expect(await at(1)).toEqual({ mis: true, hr: false });
    expect(await at(2)).toEqual({ mis: false, hr: false });
  });

  it("shows subscriptions of many schools in a list", async () => {
    const res = await server.gql(`{ schools(first: 100) { edges { node { id subscriptions { active } } } } }`, {}, { apiKey: key });
    const byId = new Map(res.data!.schools.edges.map((e: { node: { id: string; subscriptions: unknown[] } }) => [e.node.id, e.node.subscriptions]));
    expect(byId.get(t.schools[0]!.id)).toEqual([{ active: true }]);
    expect(byId.get(t.schools[2]!.id)).toEqual([{ active: false }]);
    expect(byId.get(all.find((s) => s.name === "Zephyr Academy")!.id)).toEqual([]);
  });
});
