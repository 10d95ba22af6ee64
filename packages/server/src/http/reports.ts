// GET /api/reports/NAME.csv (modules/report/reports.ts has what each answers), streamed as it
// is read in keyset pages.
import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { DataSource } from "typeorm";
import { REPORT_NAMES, REPORTS, reportLines } from "../modules/report/reports.js";
import type { Services } from "../services.js";
import { apiCaller } from "./api-caller.js";
import { csvAttachment } from "./csv-reply.js";

const ROUTE = "GET /api/reports/NAME.csv";

export function registerReports(app: FastifyInstance, dataSource: DataSource, services: Services) {
  app.get<{ Params: { file: string } }>("/api/reports/:file", async (request, reply) => {
    const actor = await apiCaller(ROUTE, request, reply, services);
    if (!actor) return reply;
    const name = request.params.file.replace(/\.csv$/, "");
    const report = Object.hasOwn(REPORTS, name) && request.params.file.endsWith(".csv") ? REPORTS[name]! : null;
    if (!report) {
      return reply.code(404).send({ error: `There is no report ${request.params.file}: ask for one of ${REPORT_NAMES.map((n) => `${n}.csv`).join(", ")}.` });
    }
    const stream = Readable.from(reportLines(dataSource, report, actor, new Date()), { highWaterMark: 1 });
    stream.on("error", (err) => request.log.error({ err, report: name }, "a report stopped part way"));
    return csvAttachment(reply, `lanyard-${name}.csv`).send(stream);
  });
}
