// An import's problems, a page at a time, for every import a request shows: one statement per
// page asked for, however many imports the list holds (a list never queries per row).
import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { placeholders, selectRows } from "../../db/raw.js";
import type { RowProblem } from "./import-sheet.js";

/** Which page of whose problems: positions are 0, 1, 2… within each import. */
export interface ProblemPage {
  importId: string;
  from: number;
  size: number;
}

const keyOf = (page: ProblemPage) => `${page.importId}\u0000${page.from}\u0000${page.size}`;

export function importLoaders(dataSource: DataSource) {
  return {
    importProblems: new DataLoader<ProblemPage, RowProblem[], string>(
      async (pages) => {
        // Pages alike (the same first and after) are read together, by position range.
        const alike = new Map<string, ProblemPage[]>();
        for (const page of pages) {
          const key = `${page.from}\u0000${page.size}`;
          alike.set(key, [...(alike.get(key) ?? []), page]);
        }
        const found = new Map<string, RowProblem[]>();
        for (const group of alike.values()) {
          const { from, size } = group[0]!;
          const ids = [...new Set(group.map((p) => p.importId))];
          const rows = await selectRows<{ import_id: string; row: number; column: string | null; value: string | null; message: string }>(
            dataSource,
            `SELECT import_id, \`row\`, \`column\`, \`value\`, message FROM \`import_error\`
             WHERE import_id IN (${placeholders(ids.length)}) AND position >= ? AND position < ? ORDER BY import_id, position`,
            [...ids, from, from + size],
          );
          for (const r of rows) {
            const key = keyOf({ importId: r.import_id, from, size });
            found.set(key, [...(found.get(key) ?? []), { row: Number(r.row), column: r.column, value: r.value, message: r.message }]);
          }
        }
        return pages.map((page) => found.get(keyOf(page)) ?? []);
      },
      { cacheKeyFn: keyOf },
    ),
  };
}
