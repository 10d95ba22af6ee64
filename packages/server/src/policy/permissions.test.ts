// Walks the permission table: every operation in the schema, called by every kind of caller,
// is answered as PERMISSIONS.md says. What a school admin's "own school" holds is proved
// operation by operation in scope.test.ts.
import type { GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTrust, type TrustFixture } from "../test/fixtures.js";
import { introspect, minimalOperation, rootFields } from "../test/operations.js";
import { startTestServer, type Caller, type TestServer } from "../test/server.js";
import { CALLER_KINDS, CALLER_NAMES, type CallerKind } from "./callers.js";
import { Access, allows, PERMISSIONS, permission } from "./permissions.js";

let server: TestServer;
let t: TrustFixture;
let schema: GraphQLSchema;
let callers: Record<CallerKind, () => Promise<Caller>>;

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "permissions");
  schema = await introspect(server, { apiKey: t.apiKey });
  // A fresh session for each call: signOut, in the walk, ends the one it is called with.
  callers = {
    trustAdmin: async () => ({ cookie: await server.signIn(t.trustAdmin.email, t.trustAdmin.password) }),
    schoolAdmin: async () => ({ cookie: await server.signIn(t.schoolAdmin.email, t.schoolAdmin.password) }),
    writeKey: async () => ({ apiKey: t.apiKey }),
    readOnlyKey: async () => ({ apiKey: t.readOnlyKey }),
    anonymous: async () => ({}),
  };
});
afterAll(() => server?.close());

const operations = () => [...rootFields(schema, "Query").map((f) => `Query.${f}`), ...rootFields(schema, "Mutation").map((f) => `Mutation.${f}`)];

describe("the permission table", () => {
  it("has a row for every query and mutation in the schema, and none for one that isn't", () => {
    expect([...PERMISSIONS.keys()].sort()).toEqual(operations().sort());
  });

  for (const kind of CALLER_KINDS) {
    it(`answers a ${CALLER_NAMES[kind]} as the table says, for every operation`, async () => {
      const caller = await callers[kind]();
      for (const operation of operations()) {
        const [root, field] = operation.split(".") as ["Query" | "Mutation", string];
        const { query, variables } = minimalOperation(schema, root, field);
        const res = await server.gql(query, variables, field === "signOut" ? await callers[kind]() : caller);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        const access = permission(operation, kind);
        const seen = { operation, status: res.status, codes };
        if (access === Access.SignIn) expect(seen).toEqual({ operation, status: 200, codes: ["UNAUTHENTICATED"] });
        else if (access === Access.No) expect(seen).toEqual({ operation, status: 200, codes: ["FORBIDDEN"] });
        else {
          expect(allows(access)).toBe(true);
          // Allowed: whatever the sample arguments lead to (not found, a payload's errors), never a refusal.
          expect(seen.codes.filter((c) => c === "UNAUTHENTICATED" || c === "FORBIDDEN" || c === "INTERNAL_SERVER_ERROR"), JSON.stringify(seen)).toEqual([]);
        }
      }
    });
  }
});
