import { describe, expect, it } from "vitest";
import { UNREACHABLE } from "../api/messages";
import { MAX_IMPORT_BYTES, errorFileHref, fileProblem, readUploadAnswer, templateHref, uploadImport, uploadUrl } from "./upload";

/** An XMLHttpRequest stand-in that records what was sent and answers as told. */
class FakeRequest {
  method = "";
  url = "";
  headers: Record<string, string> = {};
  withCredentials = false;
  body: unknown = undefined;
  status = 0;
  responseText = "";
  aborted = false;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null; onload: (() => void) | null } = {
    onprogress: null,
    onload: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  answer(status: number, body: string) {
    this.status = status;
    this.responseText = body;
    this.onload?.();
  }
}

function start(kind: "INVITATIONS" | "STAFF" = "INVITATIONS", name = "staff list.csv") {
  const request = new FakeRequest();
  const progress: number[] = [];
  const file = new File(["email\n"], name, { type: "text/csv" });
  const controller = new AbortController();
  const outcome = uploadImport({
    file,
    kind,
    onProgress: (f) => progress.push(f),
    signal: controller.signal,
    createRequest: () => request as unknown as XMLHttpRequest,
  });
  return { request, progress, file, outcome, controller };
}

describe("import upload", () => {
  it("issue 14: posts the file itself as text/csv, with the kind and file name in the query, and the session cookie", () => {
    const { request, file } = start("STAFF");
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/api/imports?kind=STAFF&filename=staff+list.csv");
    expect(request.headers["Content-Type"]).toBe("text/csv");
    expect(request.withCredentials).toBe(true);
    expect(request.body).toBe(file);
  });

  it("issue 14: reports how much of the file has gone, for the progress bar", async () => {
    const { request, progress, outcome } = start();
    request.upload.onprogress?.({ lengthComputable: true, loaded: 25, total: 100 });
    request.upload.onprogress?.({ lengthComputable: false, loaded: 50, total: 0 });
    request.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
    request.upload.onload?.();
    request.answer(201, JSON.stringify({ id: "imp1", status: "INVALID", rowCount: 3, errorCount: 2 }));
    expect(progress).toEqual([0.25, 1, 1]);
    expect(await outcome).toEqual({ ok: true, started: { id: "imp1", status: "INVALID", rowCount: 3, errorCount: 2 } });
  });

  it("rule 11: a 400 answer shows the server's own message, which says how to fix the file", async () => {
    const { request, outcome } = start();
    request.answer(400, JSON.stringify({ error: "The header row is missing product_code and role_code." }));
    expect(await outcome).toEqual({ ok: false, message: "The header row is missing product_code and role_code." });
  });

  it("says the server can't be reached when the request fails, and that it was stopped when aborted", async () => {
    const first = start();
    first.request.onerror?.();
    expect(await first.outcome).toEqual({ ok: false, message: UNREACHABLE });

    const second = start();
    second.controller.abort();
    expect(second.request.aborted).toBe(true);
    expect(await second.outcome).toMatchObject({ ok: false, message: "The upload was stopped before it finished." });
  });
});

describe("reading the upload's answer", () => {
  it("turns an ended session into a sign-in prompt, and an answer without a message into a plain one", () => {
    expect(readUploadAnswer(401, "")).toMatchObject({ ok: false, unauthenticated: true });
    expect(readUploadAnswer(400, "<html>Bad request</html>")).toEqual({
      ok: false,
      message: "The server answered with an error (HTTP 400). Try again in a moment.",
    });
    expect(readUploadAnswer(500, JSON.stringify({ error: "stack trace" }))).toEqual({
      ok: false,
      message: "The server answered with an error (HTTP 500). Try again in a moment.",
    });
    expect(readUploadAnswer(413, "")).toMatchObject({ ok: false, message: expect.stringContaining("at most 20 MB") });
    expect(readUploadAnswer(201, "{}")).toMatchObject({ ok: false });
  });
});

describe("checking a file before it is sent", () => {
  it("rule 11: refuses a file that is not CSV, an empty file and one over 20 MB, saying what to do", () => {
    expect(fileProblem({ name: "staff.xlsx", size: 10 })).toMatch(/is not a CSV file.*Save as/);
    expect(fileProblem({ name: "staff.csv", size: 0 })).toMatch(/is empty.*template/);
    expect(fileProblem({ name: "staff.csv", size: MAX_IMPORT_BYTES + 1 })).toMatch(/at most 20 MB.*Split/);
    expect(fileProblem({ name: "Staff.CSV", size: MAX_IMPORT_BYTES })).toBeNull();
  });
});

describe("import links", () => {
  it("issue 14: the template, the upload and the error file", () => {
    expect(templateHref("INVITATIONS")).toBe("/api/imports/template?kind=INVITATIONS");
    expect(uploadUrl("INVITATIONS", "a&b.csv")).toBe("/api/imports?kind=INVITATIONS&filename=a%26b.csv");
    expect(errorFileHref("42")).toBe("/api/imports/42/errors.csv");
  });
});
