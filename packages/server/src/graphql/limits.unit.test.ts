import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { measure } from "./limits.js";

function shape(query: string) {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return measure(operation, (name) => fragments.get(name));
}

describe("the shape of a query", () => {
  it("is as deep as its deepest field", () => {
    expect(shape(`{ viewer { email } trust { id } }`).depth).toBe(2);
    expect(shape(`{ users { edges { node { accesses { user { id } } } } } }`).depth).toBe(6);
  });

  it("counts a fragment's fields at the depth where it is spread, with no level of its own", () => {
    const inline = shape(`{ users { edges { node { accesses { id } } } } }`).depth;
    expect(shape(`{ users { edges { ...E } } } fragment E on UserEdge { node { ... on User { accesses { id } } } }`).depth).toBe(inline);
  });

  it("counts aliases wherever they are, once per spread of their fragment, __typename aside", () => {
    expect(shape(`{ a: viewer { b: email } c: trust { id } }`).aliases).toBe(3);
    expect(shape(`{ x: viewer { ...F } y: viewer { ...F } } fragment F on Viewer { e: email t: __typename }`).aliases).toBe(4);
  });

  it("counts directives on the operation, fields, fragments and spreads", () => {
    const query = `query Q($s: Boolean!) @skip(if: false) { viewer @include(if: $s) { ...F @skip(if: $s) ... @include(if: $s) { email } } } fragment F on Viewer { email @skip(if: $s) }`;
    expect(shape(query).directives).toBe(5);
  });

  it("leaves introspection out of the depth", () => {
    expect(shape(`{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } viewer { email } }`).depth).toBe(2);
  });

  it("survives a fragment that spreads itself (validation refuses it)", () => {
    expect(shape(`{ viewer { ...F } } fragment F on Viewer { email ...F }`).depth).toBe(2);
  });
});
