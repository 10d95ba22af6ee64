import { ObjectType as typeGraphQLObjectType, type ObjectTypeOptions } from "type-graphql";

/**
 * type-graphql's ObjectType with plain property resolvers. Lanyard uses no field middlewares,
 * and type-graphql's per-field wrapper (an object and a call for every field of every row)
 * was a visible share of a list's CPU time; field resolvers still work as before.
 */
export const ObjectType = (name: string, options: ObjectTypeOptions = {}) =>
  typeGraphQLObjectType(name, { simpleResolvers: true, ...options });
