import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./cursor.js";
import { RequestRefusal } from "./errors.js";

/**
 * The most a query may cost: about the number of fields its answer could hold. A page of 100
 * with its natural nested lists costs 11,000–19,000 (docs/integrators.md lists them).
 */
export const COST_LIMIT = 50_000;

/**
 * How many items a plain list field is counted as: a generous typical size, not a cap (the
 * server returns every item). A connection's `edges` count as its page size instead.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  "Query.apiKeys": 20,
  "Query.products": 20,
  // One row per school; a large trust has 100.
  "Query.schoolInvitationSummaries": 100,
  "InvitationStats.byState": 6,
  // The default view's 30 days; a longer range (up to 731 days) is rarely asked for.
  "InvitationStats.byDay": 31,
  "InvitationStats.bySchool": 100,
  "InvitationStats.byProduct": 20,
  "School.subscriptions": 20,
  "Product.roles": 10,
  "Product.cohorts": 10,
  "Invitation.items": 10,
  "Invitation.events": 10,
  "PublicInvitation.items": 10,
  "Staff.accesses": 10,
  "Staff.openInvitations": 5,
  "User.accesses": 10,
  // An import's problems, as a page (`first`, at most 100).
  "Import.errors": MAX_PAGE_SIZE,
  // The rows approving leaves out or changes, as a page (`first`, at most 100).
  "Import.skippedRows": MAX_PAGE_SIZE,
  "Import.updatedRows": MAX_PAGE_SIZE,
  // What one request creates or skips, as a page.
  "InviteStaffPayload.invitations": MAX_PAGE_SIZE,
  "InviteStaffPayload.links": MAX_PAGE_SIZE,
  "InviteStaffPayload.skipped": MAX_PAGE_SIZE,
};

/** Lists counted by what they hold, wherever they appear (every payload's `errors`). */
const ITEM_BOUNDS: Readonly<Record<string, number>> = { UserError: 10 };

/** The bound of a list field of objects, or undefined when neither table names it. */
export function listBound(parent: string, field: string, item: string): number | undefined {
  return LIST_BOUNDS[`${parent}.${field}`] ?? ITEM_BOUNDS[item];
}

/** A list without a bound (a new field nobody priced yet) counts as a full page. */
const UNPRICED_LIST = MAX_PAGE_SIZE;

const isConnection = (type: GraphQLCompositeType) => type.name.endsWith("Connection") && isObjectType(type) && "edges" in type.getFields();

/**
 * What an operation could return, counted in fields: each field is 1, and what a list holds
 * counts once per item it could have (a connection's `first`, default 50, at most 100; a plain
 * list its bound in LIST_BOUNDS). Introspection is free: it is answered from memory.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  // Values as sent (or their defaults): bad ones are refused with their own message when it runs.
  const values: Record<string, unknown> = {};
  for (const { variable, defaultValue } of operation.variableDefinitions ?? []) {
    const name = variable.name.value;
    values[name] = name in variables ? variables[name] : defaultValue && valueFromASTUntyped(defaultValue);
  }
  // A fragment costs the same wherever it is spread: price each once, so reuse can't blow up.
  const priced = new Map<string, number>();

  const pageSize = (node: FieldNode, def: GraphQLField<unknown, unknown>): number => {
    let first: unknown;
    try {
      first = getArgumentValues(def, node, values).first;
    } catch {
      first = undefined;
    }
    if (typeof first !== "number" || !Number.isInteger(first)) return DEFAULT_PAGE_SIZE;
    // Out of range is refused by the list itself with a clearer message than a cost.
    return Math.min(Math.max(first, 1), MAX_PAGE_SIZE);
  };

  const fieldCost = (parent: GraphQLCompositeType, node: FieldNode, page: number): number => {
    const name = node.name.value;
    if (name.startsWith("__")) return name === "__typename" ? 1 : 0;
    const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    if (!def || !node.selectionSet) return 1;
    const type = getNamedType(def.type);
    if (!isCompositeType(type)) return 1;
    let items = 1;
    if (isListType(getNullableType(def.type))) {
      items = isConnection(parent) ? page : (listBound(parent.name, name, type.name) ?? UNPRICED_LIST);
    }
    const inner = selectionCost(type, node.selectionSet, isConnection(type) ? pageSize(node, def) : DEFAULT_PAGE_SIZE);
    return 1 + items * inner;
  };

  const selectionCost = (type: GraphQLCompositeType, set: SelectionSetNode, page: number): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += fieldCost(type, selection, page);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        cost += selectionCost(on && isCompositeType(on) ? on : type, selection.selectionSet, page);
      } else {
        cost += fragmentCost(selection.name.value, page);
      }
    }
    return cost;
  };

  const fragmentCost = (name: string, page: number): number => {
    const key = `${name}:${page}`;
    const known = priced.get(key);
    if (known !== undefined) return known;
    // A cycle is refused by validation; here it only must not loop.
    priced.set(key, 0);
    const fragment = fragments.get(name);
    const on = fragment && schema.getType(fragment.typeCondition.name.value);
    const cost = fragment && on && isCompositeType(on) ? selectionCost(on, fragment.selectionSet, page) : 0;
    priced.set(key, cost);
    return cost;
  };

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(root, operation.selectionSet, DEFAULT_PAGE_SIZE) : 0;
}

const figure = (n: number) => n.toLocaleString("en-GB");

/** The refusal of a query over COST_LIMIT: its cost, the limit, and how to ask for less. */
export function tooComplex(cost: number, limit = COST_LIMIT): RequestRefusal {
  return new RequestRefusal(
    "QUERY_TOO_COMPLEX",
    `This query could return about ${figure(cost)} fields (cost ${figure(cost)}); the limit is ${figure(limit)}. ` +
      "Ask for fewer rows (e.g. `first: 50`), fewer nested lists, or split it into several requests.",
    { cost, limit },
  );
}
