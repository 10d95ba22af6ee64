import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemaFile } from "../paths.js";
import { printLanyardSchema } from "./schema.js";

describe("schema.graphql", () => {
  it("is the schema the server builds (run `pnpm schema` in packages/server after changing it)", async () => {
    expect(await printLanyardSchema()).toBe(readFileSync(schemaFile, "utf8"));
  });
});
