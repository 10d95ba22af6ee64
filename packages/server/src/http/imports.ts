// POST /api/imports?kind=INVITATIONS|STAFF&filename=NAME with the CSV file as the body: read as a
// stream (modules/import), checked whole, answered 201 once checked. GET
// /api/imports/:id/errors.csv gives the file back with an `error` column, to fix and upload again.
import { IMPORT_KINDS, type ImportKind } from "@lanyard/shared";
import type { FastifyInstance } from "fastify";
import { Readable } from "node:stream";
import { csvLine } from "../modules/csv/csv-writer.js";
import { MAX_IMPORT_BYTES } from "../modules/import/import-limits.js";
import { TOO_LARGE } from "../modules/import/import-csv.js";
import type { Services } from "../services.js";
import { apiCaller } from "./api-caller.js";
import { csvAttachment } from "./csv-reply.js";

const UPLOAD = "POST /api/imports";
/** The types a CSV file arrives as: browsers and tools label it any of these. */
const FILE_TYPES = ["text/csv", "application/csv", "application/vnd.ms-excel", "text/plain", "application/octet-stream"];
const ERROR_FILE = "GET /api/imports/ID/errors.csv";

export function registerImports(app: FastifyInstance, services: Services) {
  app.register(async (scope) => {
    // The body is handed over as the raw stream, whatever its type: the import reads it as it
    // arrives, counting its bytes; a type that isn't a file is refused below with how to send one.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", (_request, payload, done) => done(null, payload));
    scope.post<{ Querystring: { kind?: string; filename?: string } }>("/api/imports", async (request, reply) => {
      const body = request.body as Readable | undefined;
      const refuse = (error: string) => {
        body?.resume?.();
        return reply.code(400).send({ error });
      };
      const actor = await apiCaller(UPLOAD, request, reply, services);
      if (!actor) {
        body?.resume?.();
        return reply;
      }
      const kind = request.query.kind;
      if (!IMPORT_KINDS.includes(kind as ImportKind)) return refuse(`Say what the file holds with ?kind=: one of ${IMPORT_KINDS.join(", ")}.`);
      const type = String(request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
      if (!body || typeof body.pipe !== "function" || !FILE_TYPES.includes(type)) {
        return refuse(`Send the CSV file itself as the request body, with Content-Type: text/csv${type ? ` (not ${type.slice(0, 60)})` : ""}.`);
      }
      const length = Number(request.headers["content-length"]);
      if (Number.isFinite(length) && length > MAX_IMPORT_BYTES) return reply.header("connection", "close").code(400).send({ error: TOO_LARGE });
      const filename = (request.query.filename ?? "").trim() || `${kind!.toLowerCase()}.csv`;
      const result = await services.imports.upload(actor, kind as ImportKind, filename, body);
      if (!result.ok) return reply.header("connection", "close").code(400).send({ error: result.error });
      const { id, status, rowCount, errorCount } = result.import;
      return reply.code(201).send({ id, status, rowCount, errorCount });
    });
  });

  app.get<{ Params: { id: string } }>("/api/imports/:id/errors.csv", async (request, reply) => {
    const actor = await apiCaller(ERROR_FILE, request, reply, services);
    if (!actor) return reply;
    const record = await services.imports.byId(actor, request.params.id);
    if (!record) return reply.code(404).send({ error: "No import with this id that you can see: pick one from the import history." });
    const lines = async function* () {
      let first = true;
      for await (const row of services.imports.errorFile(record)) {
        if (first) {
          yield csvLine([...row.header, "error"]);
          first = false;
        }
        const cells = row.header.map((_h, i) => row.cells[i] ?? "");
        yield csvLine([...cells, row.errors.join("; ")]);
      }
      if (first) yield csvLine([...(JSON.parse(record.header) as string[]), "error"]);
    };
    const base = record.filename.replace(/\.csv$/i, "").replace(/[^\w.-]+/g, "_").slice(0, 100) || "import";
    return csvAttachment(reply, `${base}-errors.csv`).send(Readable.from(lines()));
  });
}
