import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type DocumentNode } from "graphql";
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
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== "object") return;
    const n = node as { kind?: string; name?: { value: string }; selectionSet?: { selections: unknown[] } };
    if (n.kind === Kind.FIELD && (n.name?.value === "__schema" || n.name?.value === "__type")) {
      found = true;
      return;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === "object") visit(value);
    }
  };
  visit(document);
  return found;
}

/** Introspection for signed-in callers and keys; anonymous callers in production get none. */
export function introspectionGuard(isProduction: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document }) {
          if (isProduction && !contextValue.actor && asksForSchema(document)) {
            throw unauthenticated("Sign in or use an API key to read the schema.");
          }
        },
      };
    },
  };
}
