// One uploaded file's rows with their cells found by column name, and the problems found in it.

export interface RowProblem {
  /** As a spreadsheet numbers it: the header is row 1, data starts at 2. */
  row: number;
  /** The column's header as the template names it; null for a whole-row problem. */
  column: string | null;
  value: string | null;
  message: string;
}

/** The most characters a row of an import may hold: far more than any real row, and a page of rows still fits a TEXT column. */
export const MAX_ROW_CHARS = 5_000;

export class Sheet {
  constructor(
    readonly header: string[],
    readonly rows: string[][],
    private readonly index: Map<string, number>,
  ) {}

  has(column: string): boolean {
    return this.index.has(column);
  }

  /** The trimmed cell of a data row (0-based), "" when the column or the cell is absent. */
  cell(rowIndex: number, column: string): string {
    const at = this.index.get(column);
    if (at === undefined) return "";
    return (this.rows[rowIndex]![at] ?? "").trim();
  }

  /** The spreadsheet row number of a data row. */
  static rowNumber(rowIndex: number): number {
    return rowIndex + 2;
  }

  /** Data rows with more cells than the header (the extra ones not empty), or far too long: whole-row problems. */
  ragged(): RowProblem[] {
    const problems: RowProblem[] = [];
    const width = this.header.length;
    this.rows.forEach((cells, i) => {
      let length = 0;
      for (const cell of cells) length += cell.length;
      if (length > MAX_ROW_CHARS) {
        problems.push({
          row: Sheet.rowNumber(i),
          column: null,
          value: null,
          message: `This row holds ${length.toLocaleString("en-GB")} characters, more than any import row needs: check for a quote (") that is opened and never closed.`,
        });
        return;
      }
      if (cells.length > width && cells.slice(width).some((c) => c.trim() !== "")) {
        problems.push({
          row: Sheet.rowNumber(i),
          column: null,
          value: null,
          message: `This row has ${cells.length} cells but the header names ${width} columns: check for a stray comma, or put text with commas in double quotes.`,
        });
      }
    });
    return problems;
  }
}

/** A value as it goes into an error (cut to the column's size). */
export const shown = (value: string) => (value === "" ? null : value.slice(0, 300));
