import { fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ImportHistoryQuery } from "../../features/imports/operations";
import { renderScreen } from "../../test/render";
import { ImportsPage } from "./ImportsPage";

const historyMock = {
  request: { query: ImportHistoryQuery, variables: { first: 25, after: null } },
  result: {
    data: {
      imports: {
        __typename: "ImportConnection",
        totalCount: 2,
        pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
        edges: [
          {
            __typename: "ImportEdge",
            node: { __typename: "Import", id: "imp2", kind: "INVITATIONS", filename: "fixed.csv", status: "COMMITTED", rowCount: 120, errorCount: 0, createdAt: "2026-12-07T10:00:00.000Z", uploadedBy: "ada@trust.example.org" },
          },
          {
            __typename: "ImportEdge",
            node: { __typename: "Import", id: "imp1", kind: "STAFF", filename: "roster.csv", status: "INVALID", rowCount: 40, errorCount: 7, createdAt: "2026-12-07T09:00:00.000Z", uploadedBy: "API key MIS sync" },
          },
        ],
      },
    },
  },
};

/** The browser's XMLHttpRequest, answering every upload as told. */
function answerUploadsWith(status: number, body: unknown) {
  const sent: { url: string; body: unknown }[] = [];
  class AnsweringRequest {
    status = 0;
    responseText = "";
    withCredentials = false;
    upload: Record<string, ((e?: unknown) => void) | null> = {};
    onload: (() => void) | null = null;
    url = "";
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader() {}
    abort() {}
    send(file: unknown) {
      sent.push({ url: this.url, body: file });
      setTimeout(() => {
        this.upload["onprogress"]?.({ lengthComputable: true, loaded: 1, total: 2 });
        this.upload["onload"]?.();
        this.status = status;
        this.responseText = JSON.stringify(body);
        this.onload?.();
      }, 10);
    }
  }
  window.XMLHttpRequest = AnsweringRequest as unknown as typeof XMLHttpRequest;
  return sent;
}

const realRequest = window.XMLHttpRequest;
afterEach(() => {
  window.XMLHttpRequest = realRequest;
});

function chooseFile(container: HTMLElement, name: string) {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File(["email,first_name\n"], name, { type: "text/csv" })] } });
}

describe("the Import screen", () => {
  it("issue 14: offers both kinds with their template, a file chooser, and the history newest first, each opening its import", async () => {
    renderScreen(<ImportsPage />, { path: "/imports", url: "/imports", mocks: [historyMock] });
    expect(await screen.findByRole("heading", { level: 1, name: "Import" })).toBeTruthy();
    const kinds = screen.getByRole("radiogroup", { name: "What does the file hold?" });
    expect(within(kinds).getAllByRole("radio").map((r) => (r as HTMLInputElement).value)).toEqual(["INVITATIONS", "STAFF"]);
    expect(screen.getByRole("link", { name: "Download the invitations template (CSV)" }).getAttribute("href")).toBe(
      "/api/imports/template?kind=INVITATIONS",
    );
    fireEvent.click(within(kinds).getByRole("radio", { name: /Staff/ }));
    expect(screen.getByRole("link", { name: "Download the staff template (CSV)" }).getAttribute("href")).toBe("/api/imports/template?kind=STAFF");
    expect(screen.getByRole("button", { name: "Choose file" })).toBeTruthy();

    const history = await screen.findByRole("region", { name: "Import history" });
    const table = within(history).getByRole("table");
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Uploaded", "File", "Uploaded by", "Kind", "Status", "Rows", "Problems"]);
    const rows = within(table).getAllByRole("row").slice(1);
    // Who uploaded each file: an admin's email, or the API key's name.
    expect(rows.map((r) => within(r).getAllByRole("cell").slice(1).map((c) => c.textContent))).toEqual([
      ["fixed.csv", "ada@trust.example.org", "Invitations", "Imported", "120", "0"],
      ["roster.csv", "API key MIS sync", "Staff", "Has errors", "40", "7"],
    ]);
    expect(within(rows[1]!).getByRole("link", { name: "roster.csv" }).getAttribute("href")).toBe("/imports/imp1");
    expect(screen.getByText("Showing 1–2 of 2 imports")).toBeTruthy();
  });

  it("rule 11: refuses a file that isn't CSV before sending it, saying what to do", async () => {
    const { container } = renderScreen(<ImportsPage />, { path: "/imports", url: "/imports", mocks: [historyMock] });
    await screen.findByRole("heading", { level: 1, name: "Import" });
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(["not,a,csv"], "roster.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByRole("alert", undefined, { timeout: 5000 });
    expect(alert.textContent).toMatch(/roster.xlsx was not imported/);
    expect(alert.textContent).toMatch(/is not a CSV file/);
  });

  it("rule 11: a file the server refuses shows the server's words as an alert, to fix and try again", async () => {
    const sent = answerUploadsWith(400, { error: "The header row is missing role_code. Expected: email, first_name, last_name, school_urn, product_code, role_code." });
    const { container } = renderScreen(<ImportsPage />, { path: "/imports", url: "/imports", mocks: [historyMock] });
    await screen.findByRole("heading", { level: 1, name: "Import" });
    chooseFile(container, "new staff.csv");
    const alert = await screen.findByRole("alert", undefined, { timeout: 5000 });
    expect(alert.textContent).toMatch(/new staff.csv was not imported/);
    expect(alert.textContent).toMatch(/missing role_code/);
    expect(sent.map((r) => r.url)).toEqual(["/api/imports?kind=INVITATIONS&filename=new+staff.csv"]);
  });

  it("issue 14: an uploaded file opens its import", async () => {
    answerUploadsWith(201, { id: "imp9", status: "INVALID", rowCount: 3, errorCount: 2 });
    const { container, router } = renderScreen(<ImportsPage />, { path: "/imports", url: "/imports", mocks: [historyMock] });
    await screen.findByRole("heading", { level: 1, name: "Import" });
    chooseFile(container, "staff.csv");
    // The dropzone reads the dropped files asynchronously: on two busy cores that can take a while.
    expect(await screen.findByText("Elsewhere", undefined, { timeout: 5000 })).toBeTruthy();
    expect(router.state.location.pathname).toBe("/imports/imp9");
    expect(router.state.location.state).toEqual({ uploaded: true });
  });
});
