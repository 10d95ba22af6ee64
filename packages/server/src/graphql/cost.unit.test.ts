import { getNamedType, getNullableType, isCompositeType, isListType, isObjectType, parse, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { COST_LIMIT, LIST_BOUNDS, listBound, operationCost, tooComplex } from "./cost.js";
import { lanyardSchema } from "./schema.js";
import { EXPENSIVE_QUERY, INTEGRATOR_PAGES } from "../test/integrator-queries.js";

async function cost(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === "OperationDefinition" && (!operationName || d.name?.value === operationName),
  )!;
  return operationCost(await lanyardSchema(), document, operation, variables);
}

describe("the cost of a query", () => {
  it("is one per field", async () => {
    expect(await cost(`{ viewer { email trust { name slug } } }`)).toBe(5);
  });

  it("counts a connection's edges once per row of its page", async () => {
    // schools + edges + 10 × (node + id)
    expect(await cost(`{ schools(first: 10) { edges { node { id } } } }`)).toBe(1 + 1 + 10 * 2);
    expect(await cost(`{ schools(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`)).toBe(
      1 + 1 + 3 + 1 + 10 * 4,
    );
  });

  it("counts a page without `first` as the default 50, and one over 100 as 100 (the list refuses it itself)", async () => {
    expect(await cost(`{ schools { edges { node { id } } } }`)).toBe(2 + 50 * 2);
    expect(await cost(`{ schools(first: 1000) { edges { node { id } } } }`)).toBe(2 + 100 * 2);
  });

  it("reads `first` from the request's variables, else the variable's default, else the list's", async () => {
    const query = `query Page($n: Int) { schools(first: $n) { edges { node { id } } } }`;
    expect(await cost(query, { n: 10 })).toBe(2 + 10 * 2);
    expect(await cost(query, {})).toBe(2 + 50 * 2);
    expect(await cost(`query Page($n: Int = 20) { schools(first: $n) { edges { node { id } } } }`, {})).toBe(2 + 20 * 2);
    expect(await cost(query, { n: "many" })).toBe(2 + 50 * 2);
  });

  it("multiplies a plain list by its bound, and nested lists by each bound", async () => {
    expect(await cost(`{ school(id: "s") { subscriptions { id } } }`)).toBe(1 + 1 + LIST_BOUNDS["School.subscriptions"]! * 1);
    // invitation + items + 10 × (product + roles + 10 × code)
    expect(await cost(`{ invitation(id: "i") { items { product { roles { code } } } } }`)).toBe(1 + 1 + 10 * (1 + 1 + 10 * 1));
  });

  it("costs the same through named or inline fragments as written out", async () => {
    const plain = await cost(`{ schools(first: 20) { edges { node { id subscriptions { product { name } } } } } }`);
    expect(await cost(`{ schools(first: 20) { ...Page } } fragment Page on SchoolConnection { edges { node { ...Row } } } fragment Row on School { id subscriptions { product { name } } }`)).toBe(plain);
    expect(await cost(`{ schools(first: 20) { edges { node { ... on School { id subscriptions { product { name } } } } } } }`)).toBe(plain);
  });

  it("prices a fragment once however often it is spread, so nesting can't make counting explode", async () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Viewer { email }` : `fragment F${i} on Viewer { ...F${i + 1} a${i}: trust { id } ...F${i + 1} }`,
    );
    const total = await cost(`{ viewer { ...F0 } } ${fragments.join(" ")}`);
    expect(total).toBeGreaterThan(2 ** 39);
  });

  it("leaves introspection free and counts __typename as a field", async () => {
    expect(await cost(`{ __schema { types { name fields { name } } } }`)).toBe(0);
    expect(await cost(`{ viewer { __typename email } }`)).toBe(3);
  });

  it("prices only the operation that runs", async () => {
    const query = `query Small { viewer { email } } query Large { schools(first: 100) { edges { node { id } } } }`;
    expect(await cost(query, {}, "Small")).toBe(2);
  });

  it("knows a bound for every list of objects in the schema, and only for those", async () => {
    const schema = await lanyardSchema();
    const lists: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__") || type.name.endsWith("Connection")) continue;
      for (const field of Object.values(type.getFields())) {
        const item = getNamedType(field.type);
        if (!isListType(getNullableType(field.type)) || !isCompositeType(item)) continue;
        lists.push(`${type.name}.${field.name}`);
        expect(listBound(type.name, field.name, item.name), `${type.name}.${field.name} needs a bound in LIST_BOUNDS`).toBeGreaterThan(0);
      }
    }
    for (const name of Object.keys(LIST_BOUNDS)) expect(lists, `LIST_BOUNDS names ${name}, which is not a list of objects`).toContain(name);
  });
});

describe("the cost limit", () => {
  for (const [name, query] of Object.entries(INTEGRATOR_PAGES)) {
    it(`lets an integrator's page of 100 through: ${name}`, async () => {
      expect(await cost(query)).toBeLessThanOrEqual(COST_LIMIT);
    });
  }

  it("refuses ten aliased pages of 100 invitations with their items", async () => {
    expect(await cost(EXPENSIVE_QUERY)).toBeGreaterThan(2 * COST_LIMIT);
  });

  it("says what the query costs, the limit, and how to ask for less", () => {
    const refusal = tooComplex(125_020);
    expect(refusal.message).toBe(
      "This query could return about 125,020 fields (cost 125,020); the limit is 50,000. Ask for fewer rows (e.g. `first: 50`), fewer nested lists, or split it into several requests.",
    );
    expect(refusal.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", cost: 125_020, limit: COST_LIMIT });
  });
});
