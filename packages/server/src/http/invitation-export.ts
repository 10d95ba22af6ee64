// GET /api/exports/invitations.csv?states=PENDING,EXPIRED&schoolId=…: the Invitations screen's
// filter, streamed as CSV (modules/export/invitation-export.ts).
import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { DataSource } from "typeorm";
import { parseExportFilter } from "../modules/export/export-filter.js";
import { invitationExport } from "../modules/export/invitation-export.js";
import type { Services } from "../services.js";
import { apiCaller } from "./api-caller.js";
import { csvAttachment } from "./csv-reply.js";

const ROUTE = "GET /api/exports/invitations.csv";

export function registerInvitationExport(app: FastifyInstance, dataSource: DataSource, services: Services) {
  app.get<{ Querystring: Record<string, unknown> }>("/api/exports/invitations.csv", async (request, reply) => {
    const actor = await apiCaller(ROUTE, request, reply, services);
    if (!actor) return reply;
    const parsed = parseExportFilter(request.query);
    if ("error" in parsed) return reply.code(400).send({ error: parsed.error });
    // A page at a time: each chunk is a whole page of lines, so buffer no more than one ahead.
    const stream = Readable.from(invitationExport(dataSource, actor, parsed.filter), { highWaterMark: 1 });
    stream.on("error", (err) => request.log.error({ err }, "the invitations export stopped part way"));
    return csvAttachment(reply, "lanyard-invitations.csv").send(stream);
  });
}
