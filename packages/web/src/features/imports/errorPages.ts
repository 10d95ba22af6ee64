// Paging through an invalid import's problems with `Import.errors(first, after)`, and a ready one's skipped
// and updated rows with `Import.skippedRows` and `Import.updatedRows`, which page the same way.
//
// The contract gives `errors` as a plain list, without edges, so the client has no cursor to hand back: the
// `after` it sends is the number of problems before the page ("0", "50", "100", …), the position the server
// reads from. Everything about that cursor lives here, so it changes in one place if the server's differs.

/** Problems per page: a screenful to work through, well under the list's bound. */
export const ERRORS_PAGE_SIZE = 50;

export interface ErrorsPage {
  /** 0-based page number. */
  index: number;
  first: number;
  /** null on the first page. */
  after: string | null;
}

export function errorsPage(index: number, size: number = ERRORS_PAGE_SIZE): ErrorsPage {
  const page = Math.max(0, Math.floor(index));
  return { index: page, first: size, after: page === 0 ? null : String(page * size) };
}

export function errorsPageCount(errorCount: number, size: number = ERRORS_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(errorCount / size));
}

/** "Problems 51–100 of 123". */
export function errorsPageSummary(index: number, shown: number, errorCount: number, size: number = ERRORS_PAGE_SIZE): string {
  return pageSummary("Problems", "problems", index, shown, errorCount, size);
}

/** "Skipped rows 51–100 of 123": the same paging, for a preview's skipped rows (`Import.skippedRows`). */
export function skippedPageSummary(index: number, shown: number, skippedCount: number, size: number = ERRORS_PAGE_SIZE): string {
  return pageSummary("Skipped rows", "skipped rows", index, shown, skippedCount, size);
}

/** "Rows to update 51–100 of 123": the same paging, for a preview's updated rows (`Import.updatedRows`). */
export function updatedPageSummary(index: number, shown: number, updateCount: number, size: number = ERRORS_PAGE_SIZE): string {
  return pageSummary("Rows to update", "rows to update", index, shown, updateCount, size);
}

function pageSummary(label: string, things: string, index: number, shown: number, count: number, size: number): string {
  const total = count.toLocaleString("en-GB");
  if (shown === 0) return `No ${things} on this page, of ${total}`;
  const from = index * size + 1;
  return `${label} ${from.toLocaleString("en-GB")}–${(from + shown - 1).toLocaleString("en-GB")} of ${total}`;
}

/** "Row 7" for a data row; the header is row 1, as a spreadsheet numbers it. */
export function rowLabel(row: number): string {
  return row === 1 ? "Header (row 1)" : `Row ${row.toLocaleString("en-GB")}`;
}
