import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { LIMITS } from "../graphql/limits.js";

const HOW = 'Send a JSON body {"query": "…", "variables": {…}} with `Content-Type: application/json`.';

interface Refusal {
  status: number;
  code: string;
  message: string;
}

/** What a request that HTTP refuses before GraphQL can read it is told, and with what status. */
export function explainHttpRefusal(error: FastifyError): Refusal {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return {
        status: 413,
        code: "PAYLOAD_TOO_LARGE",
        message: `The request body is over ${LIMITS.body / 1024 / 1024} MB, the limit for /graphql. Send fewer items per request (upsertStaff takes up to 5,000 people) and the rest in further requests.`,
      };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: `POST /graphql reads JSON only. ${HOW}` };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return { status: 400, code: "BAD_REQUEST", message: `The request body is empty. ${HOW}` };
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return { status: 400, code: "BAD_REQUEST", message: `The request body is not valid JSON. ${HOW}` };
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return { status, code: "BAD_REQUEST", message: `${error.message}. ${HOW}` };
  return { status: 500, code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side." };
}

/** Answers what Fastify refuses on /graphql in GraphQL's shape, `{ errors: [{ message, extensions: { code } }] }`. */
function answerRefusal(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const refusal = explainHttpRefusal(error);
  let { message } = refusal;
  let extensions: Record<string, string> = { code: refusal.code };
  if (refusal.status >= 500) {
    request.log.error({ err: error }, "unexpected error before a GraphQL operation");
    message = `${message} Please try again; if it keeps happening, quote request id ${request.id}.`;
    extensions = { ...extensions, requestId: request.id };
  }
  return reply.code(refusal.status).type("application/json; charset=utf-8").send({ errors: [{ message, extensions }] });
}

/**
 * /graphql's own body limit (the server's is sized for CSV imports) and error answers, set on
 * the route Apollo's Fastify plugin registers (its options take neither). Call before it.
 */
export function limitGraphqlRoute(app: FastifyInstance) {
  app.addHook("onRoute", (route) => {
    if (route.url !== "/graphql") return;
    route.bodyLimit = LIMITS.body;
    route.errorHandler = answerRefusal;
  });
}
