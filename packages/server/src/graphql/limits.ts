import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import {
  BREAK,
  Kind,
  visit,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";
import type { Context } from "./context.js";
import { COST_LIMIT, operationCost, tooComplex } from "./cost.js";
import { DomainError, RequestRefusal } from "./errors.js";

/** What one request may ask for; every query the app ships stays inside (docs/integrators.md). */
export const LIMITS = {
  depth: 12,
  aliases: 15,
  directives: 50,
  tokens: 5000,
  cost: COST_LIMIT,
  /** bytes of a POST /graphql body: upsertStaff's 5,000 rows take about 1 MB, long names included */
  body: 5 * 1024 * 1024,
} as const;

/** graphql-js stops reading a document past this many tokens: a parse error, so HTTP 400. */
export const parseOptions = { maxTokens: LIMITS.tokens };

interface Shape {
  depth: number;
  aliases: number;
  directives: number;
}

/**
 * How deep an operation nests and how many aliases and directives it uses, fragments
 * included where they are spread (each measured once). Introspection doesn't count.
 */
export function measure(operation: OperationDefinitionNode, fragment: (name: string) => FragmentDefinitionNode | null | undefined): Shape {
  const measured = new Map<string, Shape>();
  const ofSet = (set: SelectionSetNode): Shape => {
    const shape: Shape = { depth: 0, aliases: 0, directives: 0 };
    for (const selection of set.selections) {
      let inner: Shape = { depth: 0, aliases: 0, directives: 0 };
      let levels = 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === "__schema" || selection.name.value === "__type") continue;
        if (selection.selectionSet) inner = ofSet(selection.selectionSet);
        levels = 1;
        if (selection.alias && selection.name.value !== "__typename") inner.aliases += 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = ofSet(selection.selectionSet);
      } else {
        inner = { ...ofFragment(selection.name.value) };
      }
      shape.depth = Math.max(shape.depth, levels + inner.depth);
      shape.aliases += inner.aliases;
      shape.directives += inner.directives + (selection.directives?.length ?? 0);
    }
    return shape;
  };
  const ofFragment = (name: string): Shape => {
    const known = measured.get(name);
    if (known) return known;
    // A cycle is refused by validation's own rule; here it only must not loop.
    measured.set(name, { depth: 0, aliases: 0, directives: 0 });
    const definition = fragment(name);
    const shape = definition ? ofSet(definition.selectionSet) : { depth: 0, aliases: 0, directives: 0 };
    if (definition) shape.directives += definition.directives?.length ?? 0;
    measured.set(name, shape);
    return shape;
  };
  const shape = ofSet(operation.selectionSet);
  shape.directives += operation.directives?.length ?? 0;
  return shape;
}

const figure = (n: number) => n.toLocaleString("en-GB");

export const tooDeep = (depth: number) =>
  new RequestRefusal(
    "QUERY_TOO_DEEP",
    `This query nests fields ${depth} levels deep; the limit is ${LIMITS.depth}. ` +
      "Ask for fewer nested levels here, and fetch the deeper part in another request (e.g. `invitation(id:)` or `school(id:)`).",
    { depth, limit: LIMITS.depth },
  );

export const tooManyAliases = (aliases: number) =>
  new RequestRefusal(
    "TOO_MANY_ALIASES",
    `This query uses ${figure(aliases)} aliases; the limit is ${LIMITS.aliases}. Split it into several requests, or page through one list with \`after\`.`,
    { aliases, limit: LIMITS.aliases },
  );

export const tooManyDirectives = (directives: number) =>
  new RequestRefusal(
    "TOO_MANY_DIRECTIVES",
    `This query uses ${figure(directives)} directives; the limit is ${LIMITS.directives}. Split it into several requests.`,
    { directives, limit: LIMITS.directives },
  );

/** Depth, alias and directive limits: refused at validation, so HTTP 400, each with its own code. */
export function shapeLimit(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      const shape = measure(operation, (name) => context.getFragment(name));
      if (shape.depth > LIMITS.depth) context.reportError(tooDeep(shape.depth));
      if (shape.aliases > LIMITS.aliases) context.reportError(tooManyAliases(shape.aliases));
      if (shape.directives > LIMITS.directives) context.reportError(tooManyDirectives(shape.directives));
      return false;
    },
  };
}

/**
 * The cost limit (cost.ts) needs the request's variables (`first: $n`), which a validation
 * rule can't see: it is checked once the operation is known, before anything runs.
 */
export function costLimit(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost > LIMITS.cost) throw tooComplex(cost);
        },
      };
    },
  };
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

export const SIGN_IN_FOR_SCHEMA = "Sign in or use an API key to read the schema.";

/** Introspection for signed-in callers and keys; anonymous callers in production get none. */
export function introspectionGuard(isProduction: boolean): ApolloServerPlugin<Context> {
  return {
    // Listens only where it may refuse: anonymous requests in production.
    async requestDidStart({ contextValue }) {
      if (!isProduction || contextValue.actor) return;
      return {
        async didResolveOperation({ document }) {
          // Refused before execution: without a status of its own Apollo would answer 500.
          if (asksForSchema(document)) throw new DomainError("UNAUTHENTICATED", SIGN_IN_FOR_SCHEMA, { http: { status: 401, headers: new HeaderMap([["www-authenticate", "Bearer"]]) } });
        },
      };
    },
  };
}
