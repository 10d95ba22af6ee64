// The reports at GET /api/reports/NAME.csv (@lanyard/shared lists them with the question each
// answers): each one's columns and the SQL that answers it within the caller's scope.
import { REPORTS as REPORT_INFO } from "@lanyard/shared";
import type { Sql } from "../../db/raw.js";
import type { Actor } from "../auth/actor.js";
import type { CsvValue } from "../csv/csv-writer.js";
import { expiresAtCell, expiringSql, staffWithoutAccessSql } from "./report.lists.js";
import { OUTCOME_COLUMNS, outcomeCells, productStatusSql, schoolStatusSql, type OutcomeRow } from "./report.status.js";

type Row = Record<string, unknown>;

export interface Report {
  columns: string[];
  sql(actor: Actor, now: Date): Sql;
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
