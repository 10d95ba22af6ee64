// The reports at GET /api/reports/NAME.csv: each a question a trust asks, its columns and the
// SQL that answers it within the caller's scope.
import type { Sql } from "../../db/raw.js";
import type { Actor } from "../auth/actor.js";
import type { CsvValue } from "../csv/csv-writer.js";
import { expiresAtCell, expiringSql, staffWithoutAccessSql } from "./report.lists.js";
import { OUTCOME_COLUMNS, outcomeCells, productStatusSql, schoolStatusSql, type OutcomeRow } from "./report.status.js";

type Row = Record<string, unknown>;

export interface Report {
  /** What it answers, in a sentence. */
  question: string;
  columns: string[];
  sql(actor: Actor, now: Date): Sql;
  cells(row: Row): CsvValue[];
}

const text = (row: Row, ...names: string[]) => names.map((name) => row[name] as CsvValue);

export const REPORTS: Record<string, Report> = {
  "school-status": {
    question: "How is take-up going at each school: invited, accepted, pending, expired and the acceptance rate?",
    columns: ["school_urn", "school_name", ...OUTCOME_COLUMNS],
    sql: schoolStatusSql,
    cells: (row) => [...text(row, "school_urn", "school_name"), ...outcomeCells(row as unknown as OutcomeRow)],
  },
  "product-status": {
    question: "How is take-up going for each product: invited, accepted, pending, expired and the acceptance rate?",
    columns: ["product_code", "product_name", ...OUTCOME_COLUMNS],
    sql: productStatusSql,
    cells: (row) => [...text(row, "product_code", "product_name"), ...outcomeCells(row as unknown as OutcomeRow)],
  },
  expiring: {
    question: "Whose invitations run out in the next 7 days, for which school, product and role?",
    columns: ["email", "first_name", "last_name", "school_urn", "school_name", "product_code", "role_code", "expires_at"],
    sql: expiringSql,
    cells: (row) => [...text(row, "email", "first_name", "last_name", "school_urn", "school_name", "product_code", "role_code"), expiresAtCell(row.expires_at)],
  },
  "staff-without-access": {
    question: "Who on the roster has no access yet to a product their school subscribes to?",
    columns: ["school_urn", "school_name", "mis_id", "first_name", "last_name", "email", "product_code", "product_name"],
    sql: staffWithoutAccessSql,
    cells: (row) => text(row, "school_urn", "school_name", "mis_id", "first_name", "last_name", "email", "product_code", "product_name"),
  },
};

export const REPORT_NAMES = Object.keys(REPORTS);
