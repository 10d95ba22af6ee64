// GET /api/imports/template?kind=INVITATIONS|STAFF: the header line of an import file, as the
// contract's "CSV formats" name the columns.
import { IMPORT_COLUMNS, IMPORT_KINDS, type ImportKind } from "@lanyard/shared";
import type { FastifyInstance } from "fastify";
import { csvLine } from "../modules/csv/csv-writer.js";
import type { Services } from "../services.js";
import { apiCaller } from "./api-caller.js";
import { csvAttachment } from "./csv-reply.js";

const ROUTE = "GET /api/imports/template";

export function registerImportTemplate(app: FastifyInstance, services: Services) {
  app.get<{ Querystring: { kind?: string } }>("/api/imports/template", async (request, reply) => {
    if (!(await apiCaller(ROUTE, request, reply, services))) return reply;
    const kind = request.query.kind;
    if (!IMPORT_KINDS.includes(kind as ImportKind)) {
      return reply.code(400).send({ error: `Say which template with ?kind=: one of ${IMPORT_KINDS.join(", ")}.` });
    }
    return csvAttachment(reply, `lanyard-${kind!.toLowerCase()}-template.csv`).send(csvLine(IMPORT_COLUMNS[kind as ImportKind]));
  });
}
