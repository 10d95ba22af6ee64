import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTrust, type TrustFixture } from "../test/fixtures.js";
import { EXPENSIVE_QUERY, INTEGRATOR_PAGES } from "../test/integrator-queries.js";
import { INVITE } from "../test/invitations.js";
import { startTestServer, type TestServer } from "../test/server.js";

let server: TestServer;
let t: TrustFixture;

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "cost");
  const input = { staffIds: t.staff.slice(0, 3).map((s) => s.id), items: [{ productId: t.mis.id, schoolIds: [t.schools[0]!.id, t.schools[1]!.id] }], roleCode: "teacher" };
  const invited = await server.gql(INVITE, { input }, { apiKey: t.apiKey });
  expect(invited.data?.inviteStaff.errors).toEqual([]);
});
afterAll(() => server?.close());

const REFUSAL =
  "This query could return about 125,020 fields (cost 125,020); the limit is 50,000. Ask for fewer rows (e.g. `first: 50`), fewer nested lists, or split it into several requests.";

/** Ten aliased pages of invitations, each `first: $n`. */
const TEN_PAGES = `query Pages($n: Int) { ${Array.from(
  { length: 10 },
  (_, i) => `p${i}: invitations(first: $n) { edges { node { id email state items { product { id name } role { id name } school { id name } cohort { id name } } } } }`,
).join(" ")} }`;

describe("the query cost limit", () => {
  for (const [name, query] of Object.entries(INTEGRATOR_PAGES)) {
    it(`answers a page of 100 ${name}`, async () => {
      const res = await server.gql(query, {}, { apiKey: t.apiKey });
      expect(res.errors).toBeUndefined();
      expect(res.status).toBe(200);
      const [list] = Object.values(res.data!) as { totalCount: number; edges: unknown[] }[];
      expect(list!.edges.length).toBe(list!.totalCount);
      expect(list!.totalCount).toBeGreaterThan(0);
    });
  }

  it("refuses ten aliased pages of 100 invitations with their items, with HTTP 400, its cost, the limit and what to do", async () => {
    const res = await server.gql(EXPENSIVE_QUERY, {}, { apiKey: t.apiKey });
    expect(res.status).toBe(400);
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([{ message: REFUSAL, extensions: { code: "QUERY_TOO_COMPLEX", cost: 125_020, limit: 50_000 } }]);
  });

  it("takes page sizes from the request's variables", async () => {
    const refused = await server.gql(TEN_PAGES, { n: 100 }, { apiKey: t.apiKey });
    expect(refused.errors?.[0]?.extensions).toEqual({ code: "QUERY_TOO_COMPLEX", cost: 125_020, limit: 50_000 });
    const answered = await server.gql(TEN_PAGES, { n: 20 }, { apiKey: t.apiKey });
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.p9.edges).toHaveLength(3);
  });
});
