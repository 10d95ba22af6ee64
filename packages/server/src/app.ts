// Wires HTTP routes and Apollo; nothing else.
import { randomUUID } from "node:crypto";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import fastifyCookie from "@fastify/cookie";
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { Config } from "./config.js";
import type { Database } from "./db/data-source.js";
import type { Context } from "./graphql/context.js";
import { maskError, requestIdOnErrors } from "./graphql/errors.js";
import { costLimit, introspectionGuard, parseOptions, shapeLimit } from "./graphql/limits.js";
import { anonymousLoaders, createLoaders } from "./graphql/loaders.js";
import { lanyardSchema } from "./graphql/schema.js";
import { registerCompression } from "./http/compression.js";
import { authenticate, authenticateInvitee, clearSessionCookie, cookieJar, inviteeCookieName, setSessionCookie } from "./http/authenticate.js";
import { limitGraphqlRoute } from "./http/graphql-http.js";
import { registerHealthz } from "./http/healthz.js";
import { registerImportTemplate } from "./http/import-template.js";
import { registerImports } from "./http/imports.js";
import { registerInvitationExport } from "./http/invitation-export.js";
import { registerReports } from "./http/reports.js";
import { registerSchemaSdl } from "./http/schema-sdl.js";
import { registerSecurityHeaders } from "./http/security-headers.js";
import { CROSS_SITE_REFUSAL, isCrossSiteChange } from "./http/same-origin.js";
import { registerWebApp } from "./http/web-app.js";
import { createServices, type Services } from "./services.js";

export interface AppOptions {
  config: Config;
  db: Database;
  /** The built browser app (packages/web/dist), or null to serve only the API. */
  webRoot: string | null;
  logger?: FastifyServerOptions["logger"];
}

export interface App {
  http: FastifyInstance;
  services: Services;
}

export async function createApp({ config, db, webRoot, logger }: AppOptions): Promise<App> {
  const services = createServices(db.dataSource, config);
  const http = Fastify({
    logger: logger ?? { level: config.logLevel },
    genReqId: (request) => {
      const given = request.headers["x-request-id"];
      return typeof given === "string" && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 25 * 1024 * 1024,
    // One structured line per request (below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
  });

  await registerCompression(http);
  await http.register(fastifyCookie, { secret: config.sessionSecret });
  registerSecurityHeaders(http, config.isProduction);
  // Hooks in callback style: on every request, an async hook would cost a promise each.
  http.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    if (request.url.startsWith("/api/") && isCrossSiteChange(request, config.publicUrl)) {
      reply.code(403).send(CROSS_SITE_REFUSAL);
      return;
    }
    done();
  });
  http.addHook("onResponse", (request, reply, done) => {
    request.log.info({ method: request.method, url: request.url.split("?")[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, "request");
    done();
  });

  registerHealthz(http, db.dataSource);
  registerSchemaSdl(http, services);
  registerImportTemplate(http, services);
  registerImports(http, services);
  registerReports(http, db.dataSource, services);
  registerInvitationExport(http, db.dataSource, services);
  limitGraphqlRoute(http);

  const apollo = new ApolloServer<Context>({
    schema: await lanyardSchema(),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    parseOptions,
    validationRules: [shapeLimit],
    plugins: [
      fastifyApolloDrainPlugin(http),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set; the default plugin would instrument every field.
      ApolloServerPluginCacheControlDisabled(),
      introspectionGuard(config.isProduction),
      costLimit(),
      requestIdOnErrors((err, requestId) => http.log.error({ err, reqId: requestId }, "unexpected error in a GraphQL operation")) as ApolloServerPlugin<Context>,
    ],
    formatError: maskError,
  });
  await apollo.start();

  await http.register(fastifyApollo(apollo), {
    context: async (request, reply): Promise<Context> => {
      const auth = await authenticate(request, services);
      const invitee = await authenticateInvitee(request, services);
      return {
        requestId: request.id,
        ip: request.ip,
        actor: auth.actor,
        authProblem: auth.authProblem,
        services,
        session: {
          token: auth.sessionToken,
          set: (token, expiresAt) => setSessionCookie(reply, config.isProduction, token, expiresAt),
          clear: () => clearSessionCookie(reply, config.isProduction),
        },
        invitee: invitee.user,
        inviteeSession: cookieJar(reply, inviteeCookieName(config.isProduction), config.isProduction, invitee.token),
        // Apollo copies the context, so this is a value (creating loaders costs no query).
        loaders: auth.actor ? createLoaders(db.dataSource, auth.actor, services.mailbox) : anonymousLoaders,
        loadersFor: (actor) => createLoaders(db.dataSource, actor, services.mailbox),
      };
    },
  });

  await registerWebApp(http, webRoot);
  return { http, services };
}
