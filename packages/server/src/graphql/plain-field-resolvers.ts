// type-graphql runs every @FieldResolver through a general wrapper: it looks the resolver
// instance up, walks a middleware chain, re-sorts the parameter list and copies the parent
// row into a new instance of its class, for every row and field. On a page of invitations
// that is ~400 calls and a visible share of the request's CPU (`pnpm bench`). Lanyard's
// field resolvers take only @Root, @Ctx and @Info and use no middlewares or @Authorized
// (the root gate in schema.ts guards every query), so once the schema is built each such
// field gets a direct call with the row as it is. Any field resolver outside that shape
// keeps type-graphql's wrapper.
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

type ParamKind = "root" | "context" | "info";

interface ParamMeta {
  target: Function;
  methodName: string;
  index: number;
  kind: string;
  propertyName?: string;
}

/** Replaces the wrapper of every plain field resolver; answers the fields changed, as "Type.field". */
export function plainFieldResolvers(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  const guarded = new Set([
    ...storage.middlewares.map((m) => `${m.target.name}.${m.fieldName}`),
    ...storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`),
    ...storage.resolverMiddlewares.map((m) => m.target.name),
    ...storage.authorizedResolver.map((a) => a.target.name),
  ]);
  const changed: string[] = [];
  const instances = new Map<Function, Record<string, (...args: unknown[]) => unknown>>();
  for (const field of storage.fieldResolvers) {
    if (field.kind !== "external") continue;
    const resolverClass = storage.resolverClasses.find((r) => r.target === field.target);
    const objectClass = resolverClass?.getObjectType?.();
    const typeName = storage.objectTypes.find((o) => o.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const graphqlField = isObjectType(type) ? type.getFields()[field.schemaName] : undefined;
    if (!graphqlField || guarded.has(field.target.name) || guarded.has(`${field.target.name}.${field.methodName}`)) continue;
    const params = (storage.params as ParamMeta[])
      .filter((p) => p.target === field.target && p.methodName === field.methodName)
      .sort((a, b) => a.index - b.index);
    const plain = params.every((p, i) => p.index === i && (p.kind === "root" || p.kind === "context" || p.kind === "info") && !p.propertyName);
    if (!plain) continue;
    let instance = instances.get(field.target);
    if (!instance) instances.set(field.target, (instance = new (field.target as new () => Record<string, (...args: unknown[]) => unknown>)()));
    graphqlField.resolve = direct(instance, field.methodName, params.map((p) => p.kind as ParamKind));
    changed.push(`${type!.name}.${graphqlField.name}`);
  }
  return changed;
}

function direct(instance: Record<string, (...args: unknown[]) => unknown>, method: string, kinds: ParamKind[]): GraphQLFieldResolver<unknown, unknown> {
  const handler = instance[method]!;
  const key = kinds.join(",");
  // The shapes Lanyard uses, spelled out: no array of arguments built per call.
  if (key === "root,context") return (root, _args, context) => handler.call(instance, root, context);
  if (key === "root") return (root) => handler.call(instance, root);
  if (key === "root,context,info") return (root, _args, context, info) => handler.call(instance, root, context, info);
  return (root, _args, context, info) => handler.apply(instance, kinds.map((k) => (k === "root" ? root : k === "context" ? context : info)));
}
