// GET /api/reports/NAME.csv (modules/report/reports.ts has what each answers).
import type { FastifyInstance } from "fastify";
import type { DataSource } from "typeorm";
import { selectRows } from "../db/raw.js";
import { csvLine } from "../modules/csv/csv-writer.js";
import { REPORT_NAMES, REPORTS } from "../modules/report/reports.js";
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
    const query = report.sql(actor, new Date());
    const rows = await selectRows<Record<string, unknown>>(dataSource, query.sql, query.params);
    const body = csvLine(report.columns) + rows.map((row) => csvLine(report.cells(row))).join("");
    return csvAttachment(reply, `lanyard-${name}.csv`).send(body);
  });
}
