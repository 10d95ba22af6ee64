// The reports at GET /api/reports/NAME.csv (@lanyard/shared lists them with the question each
// answers): each one's columns and the SQL that answers it within the caller's scope, written as
// CSV in keyset pages (report.query.ts), so no report sits in memory whole.
import { REPORTS as REPORT_INFO } from "@lanyard/shared";
import type { DataSource } from "typeorm";
import { selectRows } from "../../db/raw.js";
import type { Actor } from "../auth/actor.js";
import { csvLine, type CsvValue } from "../csv/csv-writer.js";
import { expiresAtCell, expiringSql, staffWithoutAccessSql } from "./report.lists.js";
import { drivenPageSql, drivingPageSql, pageSql, type ReportQuery } from "./report.query.js";
import { OUTCOME_COLUMNS, outcomeCells, productStatusSql, schoolStatusSql, type OutcomeRow } from "./report.status.js";

export const REPORT_PAGE_SIZE = 5_000;

type Row = Record<string, unknown>;

export interface Report {
  columns: string[];
  sql(actor: Actor, now: Date): ReportQuery;
  cells(row: Row): CsvValue[];
}

const text = (row: Row, ...names: string[]) => names.map((name) => row[name] as CsvValue);

export const REPORTS: Record<string, Report> = {
  "school-status": {
    columns: ["school_urn", "school_name", ...OUTCOME_COLUMNS],
    sql: schoolStatusSql,
    cells: (row) => [...text(row, "school_urn", "school_name"), ...outcomeCells(row as unknown as OutcomeRow)],
  },
  "product-status": {
    columns: ["product_code", "product_name", ...OUTCOME_COLUMNS],
    sql: productStatusSql,
    cells: (row) => [...text(row, "product_code", "product_name"), ...outcomeCells(row as unknown as OutcomeRow)],
  },
  expiring: {
    columns: ["email", "first_name", "last_name", "school_urn", "school_name", "product_code", "role_code", "expires_at"],
    sql: expiringSql,
    cells: (row) => [...text(row, "email", "first_name", "last_name", "school_urn", "school_name", "product_code", "role_code"), expiresAtCell(row.expires_at)],
  },
  "staff-without-access": {
    columns: ["school_urn", "school_name", "mis_id", "first_name", "last_name", "email", "product_code", "product_name"],
    sql: staffWithoutAccessSql,
    cells: (row) => text(row, "school_urn", "school_name", "mis_id", "first_name", "last_name", "email", "product_code", "product_name"),
  },
};

/** In the order the Reports screen lists them (@lanyard/shared says what each answers). */
export const REPORT_NAMES = REPORT_INFO.map((report) => report.name);

/**
 * The report as CSV: its header, then each page's lines as the page is read. `now` is fixed for
 * the whole file (the expiring window, the subscriptions in force).
 */
export async function* reportLines(dataSource: DataSource, report: Report, actor: Actor, now: Date, pageSize = REPORT_PAGE_SIZE): AsyncGenerator<string> {
  yield csvLine(report.columns);
  const query = report.sql(actor, now);
  const write = (rows: Row[]) => {
    const lines: string[] = [];
    for (const row of rows) lines.push(csvLine(report.cells(row)));
    return lines.join("");
  };
  let after: unknown[] | null = null;
  if (query.drivenBy) {
    const key = query.drivenBy.key;
    for (;;) {
      const driving = drivingPageSql(query, after, pageSize);
      const drivers: Row[] = await selectRows<Row>(dataSource, driving.sql, driving.params);
      if (drivers.length === 0) return;
      const lastDriver = drivers[drivers.length - 1]!;
      const last = key.map((part) => lastDriver[part.column]);
      const page = drivenPageSql(query, after, last);
      const lines = write(await selectRows<Row>(dataSource, page.sql, page.params));
      if (lines) yield lines;
      if (drivers.length < pageSize) return;
      after = last;
    }
  }
  for (;;) {
    const page = pageSql(query, after, pageSize);
    const rows: Row[] = await selectRows<Row>(dataSource, page.sql, page.params);
    if (rows.length === 0) return;
    yield write(rows);
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = query.key.map((part) => last[part.column]);
  }
}
