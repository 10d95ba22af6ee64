// Every CSV Lanyard writes goes through here, so no cell can run as a formula when a
// spreadsheet opens the file (CSV injection): a cell starting with =, +, -, @, a tab or a
// carriage return is written with a leading apostrophe, which spreadsheets show as text.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | Date | null | undefined;

/** A value as the text of a cell: dates in UTC as `YYYY-MM-DD HH:MM:SS`, nothing as empty. */
function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace("T", " ");
  return String(value);
}

/** One cell, neutralised and quoted as RFC 4180 needs. */
export function csvCell(value: CsvValue): string {
  let text = cellText(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line of cells, ending in CRLF as RFC 4180 writes it. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
