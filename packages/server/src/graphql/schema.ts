import { defaultFieldResolver, lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AccessResolver } from "../modules/access/access.resolver.js";
import { ApiKeyResolver } from "../modules/auth/api-key.resolver.js";
import { AuthResolver } from "../modules/auth/auth.resolver.js";
import { ProductResolver } from "../modules/product/product.resolver.js";
import { SchoolResolver } from "../modules/school/school.resolver.js";
import { StaffResolver } from "../modules/staff/staff.resolver.js";
import { SubscriptionResolver } from "../modules/subscription/subscription.resolver.js";
import { TrustResolver } from "../modules/trust/trust.resolver.js";
import { UserResolver } from "../modules/user/user.resolver.js";
import { AccessRevokeResolver } from "../modules/access/access-revoke.resolver.js";
import { ImportResolver } from "../modules/import/import.resolver.js";
import { MailboxResolver } from "../modules/email/mailbox.resolver.js";
import { AcceptanceResolver } from "../modules/invitation/acceptance.resolver.js";
import { InvitationItemResolver, SchoolInvitationSummaryResolver } from "../modules/invitation/invitation-item.resolver.js";
import { InvitationConnectionResolver, InvitationResolver } from "../modules/invitation/invitation.resolver.js";
import { CountByProductResolver, CountBySchoolResolver, InvitationStatsResolver } from "../modules/stats/stats.resolver.js";
import { rootFieldGate } from "./gate.js";
import { plainFieldResolvers } from "./plain-field-resolvers.js";
import { DateTimeScalar } from "./scalars.js";

const resolvers = [
  AuthResolver,
  ApiKeyResolver,
  TrustResolver,
  SchoolResolver,
  SubscriptionResolver,
  ProductResolver,
  StaffResolver,
  UserResolver,
  AccessResolver,
  AccessRevokeResolver,
  InvitationResolver,
  InvitationConnectionResolver,
  InvitationItemResolver,
  SchoolInvitationSummaryResolver,
  InvitationStatsResolver,
  CountBySchoolResolver,
  CountByProductResolver,
  AcceptanceResolver,
  MailboxResolver,
  ImportResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The schema is built once per process: type-graphql's metadata is global anyway. */
export function lanyardSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
  }).then((schema) => {
    plainFieldResolvers(schema);
    return gateRootFields(schema);
  });
  return built;
}

/** The SDL committed as packages/server/schema.graphql, sorted so diffs stay small. */
export async function printLanyardSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await lanyardSchema()))}\n`;
}

/**
 * Default-deny at the root: every query and mutation passes the gate, which follows the
 * permission table (policy/permissions.ts), so a new one is refused until the table lists it.
 * Nested fields are reached only through a checked root and stay plain resolvers (a per-field
 * middleware cost a third of a page's CPU time).
 */
function gateRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const check = rootFieldGate(`${type.name}.${field.name}`);
      field.resolve = (source, args, context, info) => {
        check(context);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
