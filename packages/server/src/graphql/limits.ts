import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import { BREAK, visit, type DocumentNode } from "graphql";
import type { Context } from "./context.js";
import { unauthenticated } from "./errors.js";

/** Depth, alias, directive and cost limits; every query the app ships stays well inside them. */
export function armor(isProduction: boolean) {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 50 },
    costLimit: { maxCost: 5000 },
    maxTokens: { n: 5000 },
    blockFieldSuggestion: { enabled: isProduction },
  }).protect();
}

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Introspection for signed-in callers and keys; anonymous callers in production get none. */
export function introspectionGuard(isProduction: boolean): ApolloServerPlugin<Context> {
  return {
    // Listens only where it may refuse: anonymous requests in production.
    async requestDidStart({ contextValue }) {
      if (!isProduction || contextValue.actor) return;
      return {
        async didResolveOperation({ document }) {
          if (asksForSchema(document)) throw unauthenticated("Sign in or use an API key to read the schema.");
        },
      };
    },
  };
}
