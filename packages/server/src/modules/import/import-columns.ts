// Which columns an import file must and may have, and how a header cell is matched to one:
// without regard to case, spaces, underscores or a byte-order mark (CONTRACT.md, "CSV formats").
import { IMPORT_COLUMNS, INVITATION_EXPORT_EXTRA_COLUMNS, type ImportKind } from "@lanyard/shared";

/** Columns a file may leave out: an invitations file's optional ones and what an export adds (rule 12). */
const OPTIONAL: Record<ImportKind, readonly string[]> = {
  INVITATIONS: ["cohort_code", "expires_at", "external_id", ...INVITATION_EXPORT_EXTRA_COLUMNS],
  STAFF: ["job_title"],
};

/** Every column a file of this kind may have, in the template's order, then the export's. */
export function knownColumns(kind: ImportKind): string[] {
  return kind === "INVITATIONS" ? [...IMPORT_COLUMNS[kind], ...INVITATION_EXPORT_EXTRA_COLUMNS] : [...IMPORT_COLUMNS[kind]];
}

const headerKey = (text: string) => text.replace(/^\uFEFF/, "").toLowerCase().replace(/[\s_]+/g, "");

/** Where each known column sits in the file (by the template's name), or the problem with the header, in words. */
export type HeaderMatch = { ok: true; index: Map<string, number> } | { ok: false; error: string };

export function matchHeader(kind: ImportKind, header: readonly string[]): HeaderMatch {
  const known = knownColumns(kind);
  const byKey = new Map(known.map((name) => [headerKey(name), name]));
  const index = new Map<string, number>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  header.forEach((cell, i) => {
    const name = byKey.get(headerKey(cell));
    if (!name) {
      if (cell.trim() !== "") unknown.push(cell.trim());
      return;
    }
    if (index.has(name)) repeated.push(name);
    else index.set(name, i);
  });
  const missing = known.filter((name) => !index.has(name) && !OPTIONAL[kind].includes(name));
  if (!missing.length && !unknown.length && !repeated.length) return { ok: true, index };
  const problems = [
    missing.length ? `missing ${missing.join(", ")}` : "",
    unknown.length ? `unknown ${unknown.map((u) => `"${u.slice(0, 40)}"`).join(", ")}` : "",
    repeated.length ? `given twice ${repeated.join(", ")}` : "",
  ].filter(Boolean);
  const optional = OPTIONAL[kind].join(", ");
  return {
    ok: false,
    error:
      `The first line of a ${kind.toLowerCase()} file must name its columns: ${problems.join("; ")}. ` +
      `Expected: ${IMPORT_COLUMNS[kind].join(", ")} (${optional} may be left out). Download the template from /api/imports/template?kind=${kind} and copy your rows into it.`,
  };
}
