// `!` as the LIKE escape character: unlike backslash, it means the same to MariaDB and SQLite.
const ESCAPE = "!";

/** A LIKE pattern that matches the term literally (its own %, _ and ! escaped). */
export function likePattern(term: string, where: "anywhere" | "prefix" = "anywhere"): string {
  const escaped = term.replace(/[!%_]/g, (c) => `${ESCAPE}${c}`);
  return where === "prefix" ? `${escaped}%` : `%${escaped}%`;
}

/** `column LIKE :param ESCAPE '!'`, for a pattern made by likePattern. */
export const like = (column: string, param: string) => `${column} LIKE :${param} ESCAPE '${ESCAPE}'`;

/** `column LIKE ? ESCAPE '!'`, for hand-written SQL. */
export const likePositional = (column: string) => `${column} LIKE ? ESCAPE '${ESCAPE}'`;

/** A search is up to five words; each must match one of the searched columns. */
export const searchWords = (search: string | null | undefined) => (search ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 5);
