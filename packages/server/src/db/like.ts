// `!` as the LIKE escape character: unlike backslash, it means the same to MariaDB and SQLite.
const ESCAPE = "!";

/** A LIKE pattern that matches the term literally (its own %, _ and ! escaped). */
export function likePattern(term: string, where: "anywhere" | "prefix" = "anywhere"): string {
  const escaped = term.replace(/[!%_]/g, (c) => `${ESCAPE}${c}`);
  return where === "prefix" ? `${escaped}%` : `%${escaped}%`;
}

/** `column LIKE :param ESCAPE '!'`, for a pattern made by likePattern. */
export const like = (column: string, param: string) => `${column} LIKE :${param} ESCAPE '${ESCAPE}'`;
