import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isLeafType,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from "graphql";
import type { Caller, TestServer } from "./server.js";

/** The schema as a client sees it, read by introspection over HTTP. */
export async function introspect(server: TestServer, caller: Caller): Promise<GraphQLSchema> {
  const res = await server.gql<IntrospectionQuery>(getIntrospectionQuery(), {}, caller);
  if (!res.data) throw new Error(`introspection failed: ${JSON.stringify(res.errors)}`);
  return buildClientSchema(res.data);
}

const SCALARS: Record<string, unknown> = {
  ID: "00000000-0000-7000-8000-000000000000",
  String: "x",
  Int: 1,
  Float: 1,
  Boolean: false,
  DateTime: "2030-01-01T00:00:00.000Z",
};

/** A value of this type that passes GraphQL validation: every required field filled. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isScalarType(type)) {
    if (!(type.name in SCALARS)) throw new Error(`no sample value for scalar ${type.name}`);
    return SCALARS[type.name];
  }
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = sampleValue(field.type);
    }
    return value;
  }
  throw new Error(`unexpected input type ${String(type)}`);
}

/** The smallest valid operation calling one root field: required arguments only, `__typename` selected. */
export function minimalOperation(schema: GraphQLSchema, root: "Query" | "Mutation", fieldName: string) {
  const rootType = root === "Query" ? schema.getQueryType()! : schema.getMutationType()!;
  const field = rootType.getFields()[fieldName];
  if (!field) throw new Error(`${root}.${fieldName} is not in the schema`);
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const variables = Object.fromEntries(args.map((a) => [a.name, sampleValue(a.type)]));
  const declarations = args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ")})` : "";
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(", ")})` : "";
  const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
  return { query: `${root.toLowerCase()}${declarations} { ${fieldName}${call}${selection} }`, variables };
}

export function rootFields(schema: GraphQLSchema, root: "Query" | "Mutation"): string[] {
  const rootType = root === "Query" ? schema.getQueryType() : schema.getMutationType();
  return rootType ? Object.keys(rootType.getFields()) : [];
}
