// Issue item 9: the staff page of 50 through the whole stack (HTTP, API-key auth, GraphQL,
// DataLoaders) against a bare Fastify route answering the same JSON from one SQL query.
import { assertSameJson, post, statementsPerRequest, type Call } from "./http.js";
import { measureSideBySide } from "./load.js";
import { startApolloMemoryServer } from "./apollo-memory-route.js";
import { startBareStaffServer } from "./bare-staff-route.js";
import { compare, type BenchmarkDefinition } from "./types.js";

export const STAFF_PAGE_TARGET = 0.5;

export const staffPageQuery = (first: number) =>
  `query { staff(first: ${first}) { edges { cursor node { id misId firstName lastName email jobTitle school { id name } user { id email } } } pageInfo { hasNextPage endCursor } } }`;

export const staffPageBenchmark: BenchmarkDefinition = {
  name: "staff page",
  async run({ setup, load, log }) {
    const bare = await startBareStaffServer(setup.config.database);
    const page = JSON.parse(await post({ url: `${bare.url}/staff?first=50`, headers: { "content-type": "application/json", authorization: `Bearer ${setup.apiKey}` }, body: "{}" })).data.staff;
    const memory = await startApolloMemoryServer(page);
    try {
      const headers = { "content-type": "application/json", authorization: `Bearer ${setup.apiKey}` };
      const graphql = (first: number): Call => ({ url: `${setup.url}/graphql`, headers, body: JSON.stringify({ query: staffPageQuery(first) }) });
      const baseline = (first: number): Call => ({ url: `${bare.url}/staff?first=${first}`, headers, body: JSON.stringify({ query: staffPageQuery(first) }) });

      for (const first of [5, 50]) {
        const answer = await post(graphql(first));
        const edges = (JSON.parse(answer) as { data: { staff: { edges: unknown[] } } }).data.staff.edges.length;
        if (edges !== first) throw new Error(`staff(first: ${first}) answered ${edges} edges: is the bench trust seeded?`);
        assertSameJson(`staff page (${first}): GraphQL vs bare route`, answer, await post(baseline(first)));
      }
      log("staff page: GraphQL and the bare route answer identical JSON for first: 5 and first: 50.");

      const statements5 = await statementsPerRequest(setup.db, graphql(5));
      const statements50 = await statementsPerRequest(setup.db, graphql(50));

      log(`staff page: timing GraphQL and the bare route (${load.connections} connections, ${load.warmup} s warm-up each, then ${load.rounds} alternating rounds, ${load.duration} s each in all)…`);
      const ceiling: Call = { url: memory.url, headers: { "content-type": "application/json" }, body: JSON.stringify({ query: staffPageQuery(50) }) };
      assertSameJson("staff page (50): GraphQL vs Apollo from memory", await post(graphql(50)), await post(ceiling));
      const { stack, bare: bareLoad, memory: memoryLoad } = await measureSideBySide({ stack: graphql(50), bare: baseline(50), memory: ceiling }, load);

      return [
        { kind: "figure", label: "bare Fastify+SQL, page of 50", load: bareLoad },
        compare("Apollo, same page from memory", memoryLoad, "bare Fastify+SQL", bareLoad, 0),
        compare("staff page (50) via GraphQL", stack, "bare Fastify+SQL", bareLoad, STAFF_PAGE_TARGET),
        {
          kind: "check",
          label: "SQL statements per staff page",
          detail: `first: 5 → ${statements5}, first: 50 → ${statements50}${statements5 === statements50 ? " (equal)" : " (NOT equal: a query per row?)"}`,
          met: statements5 === statements50,
          values: { first5: statements5, first50: statements50 },
        },
      ];
    } finally {
      await memory.close();
      await bare.close();
    }
  },
};
