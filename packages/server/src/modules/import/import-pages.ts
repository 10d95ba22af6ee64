// An import's rows, stored and read back a page at a time (import-page.entity.ts).
import type { DataSource, EntityManager } from "typeorm";
import { chunks, insertRows } from "../../db/bulk.js";
import { placeholders, selectRows } from "../../db/raw.js";
import { ImportPage } from "./import-page.entity.js";
import { MAX_ROW_CHARS, Sheet } from "./import-sheet.js";
import type { RowAction } from "./invitation-import.check.js";

const PAGE_ROWS = 200;
const PAGE_CHARS = 16_000;

export interface PlannedAction {
  action: RowAction;
  reason: string | null;
}

/** The file's rows in pages; a row too long for any import (Sheet.ragged reports it) is kept cut short. */
export function toPages(importId: string, rows: readonly string[][]): ImportPage[] {
  const pages: ImportPage[] = [];
  let texts: string[] = [];
  let chars = 0;
  let first = 0;
  const flush = (next: number) => {
    if (texts.length) pages.push({ importId, firstRow: Sheet.rowNumber(first), rowCount: texts.length, cells: `[${texts.join(",")}]`, actions: null });
    texts = [];
    chars = 0;
    first = next;
  };
  rows.forEach((cells, i) => {
    let text = JSON.stringify(cells);
    if (text.length > MAX_ROW_CHARS) text = JSON.stringify(cells.map((c) => c.slice(0, 200)));
    if (texts.length >= PAGE_ROWS || (texts.length && chars + text.length > PAGE_CHARS)) flush(i);
    texts.push(text);
    chars += text.length + 1;
  });
  flush(rows.length);
  return pages;
}

export async function writePages(manager: EntityManager, pages: ImportPage[]): Promise<void> {
  await insertRows(manager, ImportPage, pages, 100);
}

/** Each row's planned action, written into its page: CASE updates of 50 pages each. */
export async function writeActions(manager: EntityManager, importId: string, pages: ImportPage[], actions: readonly PlannedAction[]): Promise<void> {
  for (const part of chunks(pages, 50)) {
    const params: unknown[] = [];
    for (const page of part) {
      const start = page.firstRow - 2;
      const list = actions.slice(start, start + page.rowCount).map((a) => [a.action, a.reason?.slice(0, 300) ?? null]);
      params.push(page.firstRow, JSON.stringify(list));
    }
    await manager.query(
      `UPDATE \`import_page\` SET actions = CASE first_row ${part.map(() => "WHEN ? THEN ?").join(" ")} END WHERE import_id = ? AND first_row IN (${placeholders(part.length)})`,
      [...params, importId, ...part.map((p) => p.firstRow)],
    );
  }
}

export interface StoredRow {
  row: number;
  cells: string[];
  action: PlannedAction | null;
}

/**
 * The stored rows in order, page by page (a few hundred pages at a time), from this row on.
 * With `only`, just the pages holding a row of that action are read (the rest are passed over
 * in the database); every row of those pages still comes back, so the caller filters.
 */
export async function* readRows(db: DataSource, importId: string, fromRow = 2, only?: RowAction): AsyncGenerator<StoredRow[]> {
  let after = 0;
  for (;;) {
    const pages = await selectRows<{ first_row: number; cells: string; actions: string | null }>(
      db,
      `SELECT first_row, cells, actions FROM \`import_page\` WHERE import_id = ? AND first_row > ?${only ? " AND actions LIKE ?" : ""} ORDER BY first_row LIMIT 100`,
      only ? [importId, after, `%"${only}"%`] : [importId, after],
    );
    if (pages.length === 0) return;
    const out: StoredRow[] = [];
    for (const page of pages) {
      const first = Number(page.first_row);
      const cells = JSON.parse(page.cells) as string[][];
      const actions = page.actions ? (JSON.parse(page.actions) as [RowAction, string | null][]) : null;
      cells.forEach((row, i) => {
        if (first + i < fromRow) return;
        const a = actions?.[i];
        out.push({ row: first + i, cells: row, action: a ? { action: a[0], reason: a[1] } : null });
      });
      after = first;
    }
    yield out;
  }
}

/** Every stored row's cells, in order: the sheet an approval checks again. */
export async function readAllCells(db: DataSource, importId: string): Promise<string[][]> {
  const all: string[][] = [];
  for await (const rows of readRows(db, importId)) for (const r of rows) all.push(r.cells);
  return all;
}
