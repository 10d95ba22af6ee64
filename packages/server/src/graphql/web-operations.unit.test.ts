import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, specifiedRules, validate, visit, type DefinitionNode, type FragmentDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { serverRoot } from "../paths.js";
import { operationCost } from "./cost.js";
import { LIMITS, shapeLimit } from "./limits.js";
import { lanyardSchema } from "./schema.js";

const webSource = join(serverRoot, "..", "web", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "gql" || name === "node_modules") return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every GraphQL document the browser app ships, as written in its `graphql(`…`)` calls. */
function webDocuments(): { file: string; definitions: readonly DefinitionNode[] }[] {
  return sourceFiles(webSource).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/graphql\(\s*`([\s\S]*?)`\s*\)/g)].map((m) => ({ file, definitions: parse(m[1]!).definitions })),
  );
}

describe("the browser app's operations", () => {
  const documents = webDocuments();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of documents) for (const def of d.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const operations = documents.flatMap((d) => d.definitions.filter((def) => def.kind === Kind.OPERATION_DEFINITION).map((op) => ({ file: d.file, op })));

  it("are found", () => {
    expect(operations.length).toBeGreaterThan(3);
  });

  it("all stay inside the server's depth, alias, directive and cost limits", async () => {
    const schema = await lanyardSchema();
    const rules = [...specifiedRules, shapeLimit];
    for (const { file, op } of operations) {
      // The operation plus every fragment it reaches, as the client sends it.
      const used = new Map<string, FragmentDefinitionNode>();
      const collect = (node: DefinitionNode) =>
        visit(node, {
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (fragment && !used.has(fragment.name.value)) {
              used.set(fragment.name.value, fragment);
              collect(fragment);
            }
          },
        });
      collect(op);
      const document = { kind: Kind.DOCUMENT, definitions: [op, ...used.values()] } as const;
      const name = `${op.name?.value ?? "anonymous"} in ${file}`;
      expect(validate(schema, document, rules).map((e) => e.message), name).toEqual([]);
      // At the largest page size the app offers, with every optional part included.
      expect(operationCost(schema, document, op, { first: 100, withSchools: true }), name).toBeLessThanOrEqual(LIMITS.cost);
    }
  });
});
