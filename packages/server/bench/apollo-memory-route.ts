// The GraphQL ceiling: Apollo Server on Fastify answering the same page from memory
// (no database, no auth, no loaders). It shows how much of the stack's cost is Apollo and
// graphql-js themselves, whatever Lanyard's own code does. Used for the staff page and,
// with its own type definitions, for the invitation list.
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import Fastify from "fastify";

const typeDefs = `#graphql
  type School { id: ID!, name: String! }
  type User { id: ID!, email: String! }
  type Staff { id: ID!, misId: String!, firstName: String!, lastName: String!, email: String!, jobTitle: String, school: School!, user: User }
  type StaffEdge { cursor: String!, node: Staff! }
  type PageInfo { hasNextPage: Boolean!, endCursor: String }
  type StaffConnection { edges: [StaffEdge!]!, pageInfo: PageInfo! }
  type Query { staff(first: Int = 50): StaffConnection! }
`;

export interface MemoryServer {
  url: string;
  close(): Promise<void>;
}

/** POST /graphql answering `staff` with this page, held in memory. */
export function startApolloMemoryServer(page: unknown): Promise<MemoryServer> {
  return startApolloServerFromMemory(typeDefs, { staff: () => page });
}

/** POST /graphql: a schema of its own whose Query fields answer values held in memory. */
export async function startApolloServerFromMemory(schema: string, query: Record<string, () => unknown>): Promise<MemoryServer> {
  const http = Fastify({ logger: false });
  const apollo = new ApolloServer({ typeDefs: schema, resolvers: { Query: query }, plugins: [fastifyApolloDrainPlugin(http)] });
  await apollo.start();
  await http.register(fastifyApollo(apollo));
  await http.listen({ port: 0, host: "127.0.0.1" });
  return {
    url: `http://127.0.0.1:${(http.server.address() as AddressInfo).port}/graphql`,
    async close() {
      await http.close();
    },
  };
}
