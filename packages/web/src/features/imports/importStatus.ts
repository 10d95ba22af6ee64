// What each import status (contract.graphql ImportStatus) shows the admin, and in which words.
import type { ImportKind, ImportStatus } from "../../gql/graphql";
import { plural } from "../../ui/format";

/** The part of the import screen a status calls for. */
export type ImportView =
  | "checking" // VALIDATING: the server is still reading the file
  | "errors" // INVALID: the table of problems, the error file, upload again
  | "preview" // READY: what will happen, approve or reject
  | "committing" // APPROVED: being committed
  | "result" // COMMITTED: what was done
  | "rejected" // REJECTED: discarded
  | "failed"; // FAILED: the commit failed, nothing was written

export const IMPORT_VIEW: Record<ImportStatus, ImportView> = {
  VALIDATING: "checking",
  INVALID: "errors",
  READY: "preview",
  APPROVED: "committing",
  COMMITTED: "result",
  REJECTED: "rejected",
  FAILED: "failed",
};

export function importView(status: ImportStatus): ImportView {
  return IMPORT_VIEW[status];
}

/** Statuses the server moves on from by itself: the screen asks again until it does. */
export function isInProgress(status: ImportStatus): boolean {
  const view = IMPORT_VIEW[status];
  return view === "checking" || view === "committing";
}

export const IMPORT_STATUS_LABEL: Record<ImportStatus, string> = {
  VALIDATING: "Checking",
  INVALID: "Has errors",
  READY: "Ready to approve",
  APPROVED: "Importing",
  COMMITTED: "Imported",
  REJECTED: "Rejected",
  FAILED: "Failed",
};

export const IMPORT_STATUS_COLOR: Record<ImportStatus, string> = {
  VALIDATING: "gray",
  INVALID: "red",
  READY: "blue",
  APPROVED: "violet",
  COMMITTED: "green",
  REJECTED: "gray",
  FAILED: "red",
};

export const IMPORT_KIND_LABEL: Record<ImportKind, string> = {
  INVITATIONS: "Invitations",
  STAFF: "Staff",
};

/** What each kind of file holds, for the kind choice. */
export const IMPORT_KIND_DETAIL: Record<ImportKind, string> = {
  INVITATIONS: "Invite people to products: one row per person, product and school. An exported list of invitations can be edited and uploaded again.",
  STAFF: "Add people to the staff roster or update them, matched by school and MIS id. Nobody is removed.",
};

interface Summary {
  kind: ImportKind;
  status: ImportStatus;
  rowCount: number;
  errorCount: number;
  preview?: { create: number; update: number; unchanged: number; skipped: number } | null;
}

/** The status view's heading: the one line that says where the import is. */
export function statusHeading(imp: Summary): string {
  switch (IMPORT_VIEW[imp.status]) {
    case "checking":
      return "Checking the file…";
    case "errors":
      return `${plural(imp.errorCount, "problem")} to fix`;
    case "preview":
      return "Ready to approve";
    case "committing":
      return "Importing…";
    case "result":
      return "Import finished";
    case "rejected":
      return "Import rejected";
    case "failed":
      return "The import failed";
  }
}

/** What a screen reader hears when the status view appears after an upload or an action. */
export function statusAnnouncement(imp: Summary): string {
  const rows = plural(imp.rowCount, "row");
  switch (IMPORT_VIEW[imp.status]) {
    case "checking":
      return `File uploaded. Checking ${rows}.`;
    case "errors":
      return `The file has ${plural(imp.errorCount, "problem")} in ${rows}. Nothing was imported. The problems are listed in a table.`;
    case "preview": {
      const p = imp.preview;
      return p
        ? `The file is ready to approve: ${p.create} to create, ${p.update} to update, ${p.unchanged} unchanged, ${p.skipped} skipped.`
        : `The file is ready to approve: ${rows}.`;
    }
    case "committing":
      return "Approved. Importing now.";
    case "result":
      return `Import finished. ${resultSentence(imp)}`;
    case "rejected":
      return "Import rejected. Nothing was imported.";
    case "failed":
      return "The import failed. Nothing was imported.";
  }
}

/** "12 invitations created, 3 updated": what a committed import did. */
export function resultSentence(imp: Pick<Summary, "kind" | "preview">): string {
  const p = imp.preview;
  if (!p) return "";
  const thing = imp.kind === "STAFF" ? "staff record" : "invitation";
  const parts = [`${plural(p.create, thing)} created`, `${p.update.toLocaleString("en-GB")} updated`, `${p.unchanged.toLocaleString("en-GB")} unchanged`];
  if (p.skipped > 0) parts.push(`${p.skipped.toLocaleString("en-GB")} skipped`);
  return `${parts.join(", ")}.`;
}
