// Sending a CSV file to `POST /api/imports` (CONTRACT.md "HTTP") with XMLHttpRequest rather than fetch:
// only XHR reports how much of the body has gone, which the progress bar shows.
import type { ImportKind, ImportStatus } from "../../gql/graphql";
import { httpFailure, NO_ANSWER, UNREACHABLE } from "../api/messages";

/** The server refuses a larger file before storing anything; saying so first saves a long upload. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** What the dropzone and the file input accept. Browsers name a CSV file differently, so the extension decides. */
export const CSV_ACCEPT = { "text/csv": [".csv"], "application/vnd.ms-excel": [".csv"], "text/plain": [".csv"] };

export function templateHref(kind: ImportKind): string {
  return `/api/imports/template?kind=${kind}`;
}

export function uploadUrl(kind: ImportKind, filename: string): string {
  return `/api/imports?${new URLSearchParams({ kind, filename }).toString()}`;
}

export function errorFileHref(importId: string): string {
  return `/api/imports/${encodeURIComponent(importId)}/errors.csv`;
}

/** A chosen file that is certainly refused, and why, before anything is sent; null when it may go. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (!/\.csv$/i.test(file.name)) {
    return `"${file.name}" is not a CSV file. In your spreadsheet choose File › Save as (or Download) › CSV, then upload that file.`;
  }
  if (file.size === 0) return `"${file.name}" is empty. Start from the template: it has the header row the import needs.`;
  if (file.size > MAX_IMPORT_BYTES) {
    return `"${file.name}" is ${megabytes(file.size)}; an import can be at most 20 MB. Split it into smaller files and upload each.`;
  }
  return null;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB`;
}

/** The import the server started: its `201` answer. */
export interface StartedImport {
  id: string;
  status: ImportStatus;
  rowCount: number;
  errorCount: number;
}

export type UploadOutcome = { ok: true; started: StartedImport } | { ok: false; message: string; unauthenticated?: boolean };

/** Reads the server's answer: a started import, or the sentence to show the person (the server's own for a 400). */
export function readUploadAnswer(status: number, body: string): UploadOutcome {
  const json = parseJson(body);
  if (status === 201 || status === 200) {
    const started = asStartedImport(json);
    return started ? { ok: true, started } : { ok: false, message: NO_ANSWER };
  }
  if (status === 0) return { ok: false, message: UNREACHABLE };
  if (status === 401) return { ok: false, message: "Your session has ended. Sign in again, then upload the file.", unauthenticated: true };
  if (status === 403) return { ok: false, message: serverError(json) ?? "You may not import files for this trust or school." };
  if (status === 413) return { ok: false, message: "The file is too large: an import can be at most 20 MB. Split it into smaller files and upload each." };
  if (status >= 400 && status < 500) return { ok: false, message: serverError(json) ?? httpFailure(status) };
  return { ok: false, message: httpFailure(status) };
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return null;
  }
}

function serverError(json: unknown): string | null {
  if (json && typeof json === "object" && "error" in json && typeof json.error === "string" && json.error.trim()) return json.error;
  return null;
}

function asStartedImport(json: unknown): StartedImport | null {
  if (!json || typeof json !== "object") return null;
  const { id, status, rowCount, errorCount } = json as Record<string, unknown>;
  if ((typeof id !== "string" && typeof id !== "number") || typeof status !== "string") return null;
  return {
    id: String(id),
    status: status as ImportStatus,
    rowCount: typeof rowCount === "number" ? rowCount : 0,
    errorCount: typeof errorCount === "number" ? errorCount : 0,
  };
}

export interface UploadRequest {
  file: File;
  kind: ImportKind;
  /** 0–1 of the body sent; the server then validates the whole file before it answers. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
  /** For tests: an XMLHttpRequest stand-in. */
  createRequest?: () => XMLHttpRequest;
}

/** Posts the file as the request body (text/csv, the session cookie) and resolves with the answer; never rejects. */
export function uploadImport({ file, kind, onProgress, signal, createRequest = () => new XMLHttpRequest() }: UploadRequest): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = createRequest();
    xhr.open("POST", uploadUrl(kind, file.name));
    xhr.withCredentials = true;
    xhr.setRequestHeader("Content-Type", "text/csv");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(1, event.loaded / event.total));
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => resolve(readUploadAnswer(xhr.status, xhr.responseText));
    xhr.onerror = () => resolve({ ok: false, message: UNREACHABLE });
    xhr.ontimeout = () => resolve({ ok: false, message: UNREACHABLE });
    xhr.onabort = () => resolve({ ok: false, message: "The upload was stopped before it finished." });
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
