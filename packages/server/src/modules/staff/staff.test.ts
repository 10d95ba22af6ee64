import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../db/id.js";
import { buildTrust, type TrustFixture } from "../../test/fixtures.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { Staff } from "./staff.entity.js";

const STAFF = `query($first: Int, $after: String, $filter: StaffFilter) {
  staff(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id misId firstName lastName email jobTitle school { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const UPSERT = `mutation($input: [StaffInput!]!) { upsertStaff(input: $input) { created updated unchanged errors { field code message } } }`;

interface StaffNode { id: string; misId: string; firstName: string; lastName: string; email: string; jobTitle: string | null; school: { id: string } }

let server: TestServer;
let t: TrustFixture;

async function staff(variables: Record<string, unknown>) {
  const res = await server.gql(STAFF, variables, { apiKey: t.apiKey });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.staff as { totalCount: number; edges: { node: StaffNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
const found = async (search: string) => (await staff({ first: 100, filter: { search } })).edges.map((e) => e.node.email).sort();
const emailsOf = (rows: { email: string }[]) => rows.map((s) => s.email).sort();

async function upsert(input: Record<string, unknown>[]) {
  const res = await server.gql(UPSERT, { input }, { apiKey: t.apiKey });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.upsertStaff as { created: number; updated: number; unchanged: number; errors: { field: string[] | null; code: string; message: string }[] };
}
const staffCount = () => server.db.dataSource.getRepository(Staff).countBy({ trustId: t.trust.id });

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "staff");
  await buildTrust(server.db, "staff-other");
});
afterAll(() => server?.close());

describe("staff connection", () => {
  it("lists the trust's roster by last name, then first name", async () => {
    const page = await staff({ first: 100 });
    expect(page.totalCount).toBe(t.staff.length);
    const expected = [...t.staff].sort((x, y) => x.lastName.localeCompare(y.lastName) || x.firstName.localeCompare(y.firstName));
    expect(page.edges.map((e) => e.node.id)).toEqual(expected.map((s) => s.id));
  });

  for (const size of [1, 2, 5]) {
    it(`walks every page of ${size} with no duplicates or gaps`, async () => {
      const everyone = (await staff({ first: 100 })).edges.map((e) => e.node.id);
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 50; pages++) {
        const page = await staff({ first: size, after });
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        expect(page.edges).toHaveLength(size);
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(everyone);
    });
  }

  it("searches by first name, last name or email, without regard to case", async () => {
    expect(await found("ada")).toEqual(emailsOf(t.staff.filter((s) => s.firstName === "Ada")));
    expect(await found("OKAFOR")).toEqual(emailsOf(t.staff.filter((s) => s.lastName.startsWith("Okafor"))));
    expect(await found("Okafor01")).toEqual([t.staff.find((s) => s.lastName === "Okafor01")!.email]);
    expect(await found("person1.2@staff.sch.uk")).toEqual(["person1.2@staff.sch.uk"]);
    expect(await found("person1.2@STAFF")).toEqual(["person1.2@staff.sch.uk"]);
  });

  it('searches "first last" with each word matching a name', async () => {
    expect(await found("Cara Singh")).toEqual(emailsOf(t.staff.filter((s) => s.firstName === "Cara")));
    expect(await found("Cara Singh12")).toEqual(["person1.2@staff.sch.uk"]);
    expect(await found("  singh12   cara ")).toEqual(["person1.2@staff.sch.uk"]);
    expect(await found("Cara Okafor")).toEqual([]);
  });

  it("matches % and _ in a search literally", async () => {
    expect(await found("%")).toEqual([]);
    expect(await found("_")).toEqual([]);
  });

  it("filters by school", async () => {
    const school = t.schools[1]!.id;
    const page = await staff({ first: 100, filter: { schoolId: school } });
    expect(page.totalCount).toBe(4);
    expect(page.edges.every((e) => e.node.school.id === school)).toBe(true);
    expect(emailsOf(page.edges.map((e) => e.node))).toEqual(emailsOf(t.staff.filter((s) => s.schoolId === school)));
  });

  it("shows the account of a staff member who is a user of the trust", async () => {
    const res = await server.gql(`query($s: String!) { staff(filter: { search: $s }) { edges { node { user { id email } } } } }`, { s: t.member.email }, { apiKey: t.apiKey });
    expect(res.data?.staff.edges).toEqual([{ node: { user: { id: t.member.id, email: t.member.email } } }]);
  });

  it("refuses more than 100 per page and a foreign cursor with BAD_USER_INPUT", async () => {
    const big = await server.gql(STAFF, { first: 101 }, { apiKey: t.apiKey });
    expect(big.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(big.errors?.[0]?.message).toMatch(/100/);
    const bad = await server.gql(STAFF, { after: "nope" }, { apiKey: t.apiKey });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("upsertStaff", () => {
  const school = () => t.schools[2]!.id;
  const rows = () => [
    { schoolId: school(), misId: "U001", firstName: "Una", lastName: "Upsert", email: "  Una.Upsert@Staff.SCH.uk ", jobTitle: "Teacher" },
    { schoolId: school(), misId: "U002", firstName: " Vic ", lastName: "Upsert", email: "VIC@staff.sch.uk" },
  ];

  it("creates new people, storing emails trimmed and lower-cased", async () => {
    const before = await staffCount();
    expect(await upsert(rows())).toEqual({ created: 2, updated: 0, unchanged: 0, errors: [] });
    expect(await staffCount()).toBe(before + 2);
    const page = await staff({ filter: { search: "upsert" } });
    expect(page.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ misId: "U001", firstName: "Una", email: "una.upsert@staff.sch.uk", jobTitle: "Teacher", school: { id: school() } }),
      expect.objectContaining({ misId: "U002", firstName: "Vic", email: "vic@staff.sch.uk", jobTitle: null, school: { id: school() } }),
    ]);
  });

  it("counts the same rows sent again as unchanged and writes nothing new", async () => {
    const before = await staffCount();
    expect(await upsert(rows())).toEqual({ created: 0, updated: 0, unchanged: 2, errors: [] });
    expect(await staffCount()).toBe(before);
  });

  it("treats an email differing only in case or spaces as unchanged", async () => {
    const [first, second] = rows();
    expect(await upsert([{ ...first!, email: "una.upsert@staff.sch.uk" }, { ...second!, email: " vic@STAFF.sch.uk" }])).toMatchObject({ unchanged: 2 });
  });

  it("updates a changed row in place", async () => {
    const [first, second] = rows();
    const before = await staffCount();
    expect(await upsert([{ ...first!, jobTitle: "Head of Year 7", lastName: "Upsert-Jones" }, second!])).toEqual({ created: 0, updated: 1, unchanged: 1, errors: [] });
    expect(await staffCount()).toBe(before);
    const una = (await staff({ filter: { search: "Una" } })).edges.map((e) => e.node);
    expect(una).toEqual([expect.objectContaining({ misId: "U001", lastName: "Upsert-Jones", jobTitle: "Head of Year 7" })]);
  });

  describe("matching MIS ids exactly, case and accents included, on either database", () => {
    const school = () => t.schools[1]!.id;
    const person = (misId: string, firstName: string) => ({ schoolId: school(), misId, firstName, lastName: "Exact", email: `${firstName.toLowerCase()}.exact@staff.sch.uk` });
    const people = async () =>
      (await server.db.dataSource.getRepository(Staff).find({ where: { schoolId: school(), lastName: "Exact" }, order: { firstName: "ASC" } })).map((s) => [s.firstName, s.misId, s.jobTitle]);

    it("makes abc and ABC at one school two people", async () => {
      expect(await upsert([person("abc", "Lower")])).toEqual({ created: 1, updated: 0, unchanged: 0, errors: [] });
      expect(await upsert([person("ABC", "Upper")])).toEqual({ created: 1, updated: 0, unchanged: 0, errors: [] });
      expect(await people()).toEqual([["Lower", "abc", null], ["Upper", "ABC", null]]);
    });

    it("finds abc sent again as the first of the two: unchanged, then updated in place", async () => {
      expect(await upsert([person("abc", "Lower")])).toEqual({ created: 0, updated: 0, unchanged: 1, errors: [] });
      expect(await upsert([{ ...person("abc", "Lower"), jobTitle: "Librarian" }])).toEqual({ created: 0, updated: 1, unchanged: 0, errors: [] });
      expect(await people()).toEqual([["Lower", "abc", "Librarian"], ["Upper", "ABC", null]]);
    });

    it("makes É1 and E1 two people", async () => {
      expect(await upsert([person("É1", "Accent")])).toEqual({ created: 1, updated: 0, unchanged: 0, errors: [] });
      expect(await upsert([person("E1", "Plain")])).toEqual({ created: 1, updated: 0, unchanged: 0, errors: [] });
      expect(await upsert([person("É1", "Accent"), person("E1", "Plain")])).toEqual({ created: 0, updated: 0, unchanged: 2, errors: [] });
      expect((await people()).filter(([name]) => name === "Accent" || name === "Plain")).toEqual([["Accent", "É1", null], ["Plain", "E1", null]]);
    });

    it("takes MIS ids differing in case or accents in one batch as different people, not duplicate rows", async () => {
      const result = await upsert([person("xyz", "Xena"), person("XYZ", "Yann"), person("Ø7", "Zoe"), person("O7", "Olaf")]);
      expect(result).toEqual({ created: 4, updated: 0, unchanged: 0, errors: [] });
      expect((await people()).filter(([name]) => ["Xena", "Yann", "Zoe", "Olaf"].includes(name!))).toEqual([["Olaf", "O7", null], ["Xena", "xyz", null], ["Yann", "XYZ", null], ["Zoe", "Ø7", null]]);
    });
  });

  it("lets the same MIS id exist at two schools as two people", async () => {
    const [first] = rows();
    expect(await upsert([{ ...first!, schoolId: t.schools[0]!.id }])).toMatchObject({ created: 1, updated: 0, unchanged: 0, errors: [] });
  });

  describe("with a bad row", () => {
    const good = (misId: string) => ({ schoolId: t.schools[0]!.id, misId, firstName: "Good", lastName: "Row", email: `${misId.toLowerCase()}@staff.sch.uk` });

    it("points at an invalid email and says what one looks like", async () => {
      const result = await upsert([good("B01"), { ...good("B02"), email: "not-an-email" }]);
      expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
      expect(result.errors).toEqual([{ field: ["input", "1", "email"], code: "INVALID_VALUE", message: expect.stringMatching(/email address like name@/i) }]);
    });

    it("points at an empty name and asks for one", async () => {
      const result = await upsert([{ ...good("B03"), firstName: "   " }]);
      expect(result.errors).toEqual([{ field: ["input", "0", "firstName"], code: "INVALID_VALUE", message: expect.stringMatching(/enter a name/i) }]);
    });

    it("points at an empty MIS id", async () => {
      const result = await upsert([good("B04"), good("B05"), { ...good("B06"), misId: " " }]);
      expect(result.errors).toEqual([{ field: ["input", "2", "misId"], code: "INVALID_VALUE", message: expect.stringMatching(/MIS id/) }]);
    });

    it("points at a school id that is not the trust's", async () => {
      const result = await upsert([good("B07"), { ...good("B08"), schoolId: newId() }]);
      expect(result.errors).toEqual([{ field: ["input", "1", "schoolId"], code: "UNKNOWN_SCHOOL", message: expect.stringMatching(/use an id from the `schools` query/) }]);
    });

    it("points at the second of two rows with the same MIS id at a school, naming the first", async () => {
      const result = await upsert([good("B09"), good("B10"), { ...good("B09"), firstName: "Again" }]);
      expect(result.errors).toEqual([{ field: ["input", "2", "misId"], code: "DUPLICATE_ROW", message: expect.stringMatching(/B09.*input 0.*keep one row/) }]);
    });

    it("counts MIS ids differing only in surrounding spaces as the same person in a batch", async () => {
      const before = await staffCount();
      const result = await upsert([good("B11"), { ...good(" B11 "), email: "other@staff.sch.uk" }]);
      expect(result.errors).toEqual([{ field: ["input", "1", "misId"], code: "DUPLICATE_ROW", message: expect.stringMatching(/input 0/) }]);
      expect(await staffCount()).toBe(before);
    });

    it("reports every bad row of a mixed batch and writes nothing at all", async () => {
      const before = await server.db.dataSource.getRepository(Staff).find({ where: { trustId: t.trust.id }, order: { id: "ASC" } });
      const [una] = rows();
      const result = await upsert([
        good("M01"),
        { ...good("M02"), email: "nope@" },
        { ...una!, jobTitle: "Changed" }, // an update that must not happen either
        { ...good("M03"), lastName: "" },
        { ...good("M04"), schoolId: "not-a-school" },
        good("M05"),
        good("M01"),
      ]);
      expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
      expect(result.errors.map((e) => [e.field, e.code])).toEqual([
        [["input", "1", "email"], "INVALID_VALUE"],
        [["input", "3", "lastName"], "INVALID_VALUE"],
        [["input", "4", "schoolId"], "UNKNOWN_SCHOOL"],
        [["input", "6", "misId"], "DUPLICATE_ROW"],
      ]);
      const after = await server.db.dataSource.getRepository(Staff).find({ where: { trustId: t.trust.id }, order: { id: "ASC" } });
      expect(after).toEqual(before);
    });
  });

  it("refuses more than 5000 rows in one call, asking for batches, and writes nothing", async () => {
    const before = await staffCount();
    const input = Array.from({ length: 5001 }, (_, i) => ({ schoolId: t.schools[0]!.id, misId: `BIG${i}`, firstName: "Big", lastName: "Batch", email: `big${i}@staff.sch.uk` }));
    const result = await upsert(input);
    expect(result).toEqual({ created: 0, updated: 0, unchanged: 0, errors: [{ field: ["input"], code: "TOO_MANY_ROWS", message: expect.stringMatching(/at most 5000.*batches/) }] });
    expect(await staffCount()).toBe(before);
  });

  it("accepts an empty list as a no-op", async () => {
    expect(await upsert([])).toEqual({ created: 0, updated: 0, unchanged: 0, errors: [] });
  });
});

describe("query cost", () => {
  it("costs the same number of SQL statements for a page of 50 as for a page of 5 (DataLoaders batch)", async () => {
    const big = await buildTrust(server.db, "staff-big", { staffPerSchool: 30 });
    const q = `query($first: Int) { staff(first: $first) { edges { node { id school { name } user { email } } } } }`;
    const cost = async (first: number) => {
      const before = server.db.queries.statements;
      const res = await server.gql(q, { first }, { apiKey: big.apiKey });
      const statements = server.db.queries.statements - before;
      expect(res.errors).toBeUndefined();
      expect(res.data!.staff.edges).toHaveLength(first);
      return { statements, res };
    };
    await cost(1); // the key's first use records lastUsedAt; measure after it
    const five = await cost(5);
    const fifty = await cost(50);
    expect(fifty.statements).toBe(five.statements);
    // key, page, schools, users: a handful, not one per row
    expect(fifty.statements).toBeLessThanOrEqual(5);
    const nodes = fifty.res.data!.staff.edges.map((e: { node: { school: { name: string }; user: { email: string } | null } }) => e.node);
    expect(new Set(nodes.map((n: { school: { name: string } }) => n.school.name)).size).toBe(3);
    expect(nodes.filter((n: { user: unknown }) => n.user)).toEqual([expect.objectContaining({ user: { email: big.member.email } })]);
  });
});
