import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApproveImportMutation, ImportErrorsQuery, ImportSkippedRowsQuery, ImportStatusQuery, ImportUpdatedRowsQuery, RejectImportMutation } from "../../features/imports/operations";
import { renderScreen } from "../../test/render";
import { ImportPage } from "./ImportPage";

// Each step waits on Apollo's mocks and Mantine's rendering: on two busy shared cores that can pass a second.
configure({ asyncUtilTimeout: 5000 });

type Status = "INVALID" | "READY" | "COMMITTED" | "REJECTED";

type Extra = Partial<{ errorCount: number; rowCount: number; skipped: number; update: number }>;

function importNode(status: Status, extra: Extra = {}) {
  return {
    __typename: "Import",
    id: "imp1",
    kind: "INVITATIONS",
    filename: "autumn-staff.csv",
    status,
    rowCount: extra.rowCount ?? 120,
    errorCount: extra.errorCount ?? 0,
    createdAt: "2026-12-07T09:30:00.000Z",
    preview: status === "INVALID" ? null : { __typename: "ImportPreview", create: 100, update: extra.update ?? 12, unchanged: 5, skipped: extra.skipped ?? 3 },
  };
}

const statusMock = (status: Status, extra?: Extra) => ({
  request: { query: ImportStatusQuery, variables: { id: "imp1" } },
  result: { data: { import: importNode(status, extra) } },
});

function errorsOnPage(from: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    __typename: "ImportError",
    row: from + i + 2,
    column: i % 2 === 0 ? "school_urn" : null,
    value: i % 2 === 0 ? "999999" : null,
    message: i % 2 === 0 ? "No school has URN 999999 in your trust: check the URN on Get Information about Schools." : "Same as row 2: delete one of them.",
  }));
}

const errorsMock = (after: string | null, from: number, count: number) => ({
  request: { query: ImportErrorsQuery, variables: { id: "imp1", first: 50, after } },
  result: { data: { import: { __typename: "Import", id: "imp1", errorCount: 73, errors: errorsOnPage(from, count) } } },
});

function skippedOnPage(from: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    __typename: "ImportSkippedRow",
    row: from + i + 2,
    email: `person${from + i}@school.example.org`,
    productCode: "MIS",
    schoolUrn: i % 2 === 0 ? "100001" : null,
    reason: "ALREADY_HAS_ACCESS",
    message: "This person already has this access, so there is nothing to invite them to.",
  }));
}

const skippedMock = (after: string | null, from: number, count: number) => ({
  request: { query: ImportSkippedRowsQuery, variables: { id: "imp1", first: 50, after } },
  result: { data: { import: { __typename: "Import", id: "imp1", skippedRows: skippedOnPage(from, count) } } },
});

const updatedMock = (count: number) => ({
  request: { query: ImportUpdatedRowsQuery, variables: { id: "imp1", first: 50, after: null } },
  result: {
    data: {
      import: {
        __typename: "Import",
        id: "imp1",
        updatedRows: Array.from({ length: count }, (_, i) => ({
          __typename: "ImportUpdatedRow",
          row: 10 + i,
          email: `changed${i}@school.example.org`,
          productCode: "MIS",
          schoolUrn: "100001",
          changed: i === 0 ? ["role", "expiry"] : ["name"],
        })),
      },
    },
  },
});

describe("an import's screen", () => {
  it("rule 11: an invalid file lists every problem (row, column, value, how to fix), a page at a time, with the error file and a way to upload again", async () => {
    renderScreen(<ImportPage />, {
      path: "/imports/:id",
      url: "/imports/imp1",
      mocks: [statusMock("INVALID", { errorCount: 73 }), errorsMock(null, 0, 50), errorsMock("50", 50, 23)],
    });
    expect(await screen.findByRole("heading", { level: 1, name: "autumn-staff.csv" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "73 problems to fix" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Download the file with errors (CSV)" }).getAttribute("href")).toBe("/api/imports/imp1/errors.csv");

    const table = await screen.findByRole("table", { name: /Problems in autumn-staff.csv/ });
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Row", "Column", "Value", "How to fix it"]);
    const firstRow = within(table).getAllByRole("row")[1]!;
    expect(within(firstRow).getAllByRole("cell").map((c) => c.textContent)).toEqual([
      "Row 2",
      "school_urn",
      "999999",
      "No school has URN 999999 in your trust: check the URN on Get Information about Schools.",
    ]);
    expect(within(within(table).getAllByRole("row")[2]!).getAllByRole("cell")[1]!.textContent).toBe("The whole row");
    expect(screen.getByText("Problems 1–50 of 73")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Next problems" }));
    expect(await screen.findByText("Problems 51–73 of 73")).toBeTruthy();
    expect(within(screen.getByRole("table", { name: /Problems in/ })).getAllByRole("row")).toHaveLength(24);

    // Fixing the file: the kind is known, so only the upload is offered.
    expect(screen.getByRole("heading", { level: 2, name: "Upload the fixed file" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Choose file" })).toBeTruthy();
    expect(screen.queryByRole("radiogroup", { name: "What does the file hold?" })).toBeNull();
  });

  it("rule 11: a ready file shows what will happen and, approved, what was done, with the way to the invitations", async () => {
    const approveMock = {
      request: { query: ApproveImportMutation, variables: { id: "imp1", sendAt: null } },
      result: { data: { approveImport: { __typename: "ImportPayload", import: { ...importNode("COMMITTED") }, errors: [] } } },
    };
    renderScreen(<ImportPage />, { path: "/imports/:id", url: "/imports/imp1", mocks: [statusMock("READY"), skippedMock(null, 0, 3), updatedMock(12), approveMock] });
    expect(await screen.findByRole("heading", { level: 2, name: "Ready to approve" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "To create: 100" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "To update: 12" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Unchanged: 5" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Skipped: 3" })).toBeTruthy();
    expect((screen.getByRole("radio", { name: /Notify now/ }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: "Approve import" }));
    const done = await screen.findByRole("heading", { level: 2, name: "Import finished" });
    // The outcome takes focus, so a screen reader reads it next.
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(screen.getByRole("group", { name: "Created: 100" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Go to Invitations" }).getAttribute("href")).toBe("/invitations");
  });

  it("rule 11: a ready file lists every skipped row (row, person, product, school, reason), a page at a time", async () => {
    renderScreen(<ImportPage />, {
      path: "/imports/:id",
      url: "/imports/imp1",
      mocks: [statusMock("READY", { skipped: 62, update: 0 }), skippedMock(null, 0, 50), skippedMock("50", 50, 12)],
    });
    expect(await screen.findByRole("heading", { level: 3, name: "62 rows will be skipped" })).toBeTruthy();
    const table = await screen.findByRole("table", { name: /Rows skipped in autumn-staff.csv/ });
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Row", "Person", "Product", "School", "Reason"]);
    const [first, second] = within(table).getAllByRole("row").slice(1);
    expect(within(first!).getAllByRole("cell").map((c) => c.textContent)).toEqual([
      "Row 2",
      "person0@school.example.org",
      "MIS",
      "URN 100001",
      "This person already has this access, so there is nothing to invite them to.ALREADY_HAS_ACCESS",
    ]);
    expect(within(second!).getAllByRole("cell")[3]!.textContent).toBe("Whole trust");
    expect(screen.getByText("Skipped rows 1–50 of 62")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Next skipped rows" }));
    expect(await screen.findByText("Skipped rows 51–62 of 62")).toBeTruthy();
    const next = screen.getByRole("table", { name: /Rows skipped in/ });
    expect(within(next).getAllByRole("row")).toHaveLength(13);
    expect(within(within(next).getAllByRole("row")[1]!).getAllByRole("cell")[0]!.textContent).toBe("Row 52");
  });

  it("rule 12: a ready file lists the rows it updates, with what each changes", async () => {
    renderScreen(<ImportPage />, { path: "/imports/:id", url: "/imports/imp1", mocks: [statusMock("READY", { skipped: 0, update: 2 }), updatedMock(2)] });
    expect(await screen.findByRole("heading", { level: 3, name: "2 rows will update what exists" })).toBeTruthy();
    const table = await screen.findByRole("table", { name: /Rows to update in autumn-staff.csv/ });
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Row", "Person", "Product", "School", "What changes"]);
    expect(within(table).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell").map((c) => c.textContent))).toEqual([
      ["Row 10", "changed0@school.example.org", "MIS", "URN 100001", "Role, expiry"],
      ["Row 11", "changed1@school.example.org", "MIS", "URN 100001", "Name"],
    ]);
    // One page: no pager.
    expect(screen.queryByRole("button", { name: "Next rows to update" })).toBeNull();
  });

  it("rule 11: a ready file with nothing skipped or updated shows neither list", async () => {
    renderScreen(<ImportPage />, { path: "/imports/:id", url: "/imports/imp1", mocks: [statusMock("READY", { skipped: 0, update: 0 })] });
    await screen.findByRole("heading", { level: 2, name: "Ready to approve" });
    expect(screen.queryByRole("table", { name: /Rows skipped/ })).toBeNull();
    expect(screen.queryByRole("table", { name: /Rows to update/ })).toBeNull();
    expect(screen.queryByRole("heading", { level: 3 })).toBeNull();
  });

  it("rule 11: scheduling asks for a time before approving", async () => {
    renderScreen(<ImportPage />, { path: "/imports/:id", url: "/imports/imp1", mocks: [statusMock("READY"), skippedMock(null, 0, 3), updatedMock(12)] });
    await screen.findByRole("heading", { level: 2, name: "Ready to approve" });
    fireEvent.click(screen.getByRole("radio", { name: /Schedule/ }));
    fireEvent.click(screen.getByRole("button", { name: "Approve and schedule" }));
    expect(await screen.findByText("Choose the date and time to send the invitations.")).toBeTruthy();
  });

  it("rule 11: rejecting asks first, then says nothing was imported", async () => {
    const rejectMock = {
      request: { query: RejectImportMutation, variables: { id: "imp1" } },
      result: { data: { rejectImport: { __typename: "ImportPayload", import: { __typename: "Import", id: "imp1", status: "REJECTED" }, errors: [] } } },
    };
    renderScreen(<ImportPage />, { path: "/imports/:id", url: "/imports/imp1", mocks: [statusMock("READY"), skippedMock(null, 0, 3), updatedMock(12), rejectMock] });
    await screen.findByRole("heading", { level: 2, name: "Ready to approve" });
    fireEvent.click(screen.getByRole("button", { name: "Reject" }));
    const dialog = await screen.findByRole("dialog", { name: "Reject this import?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Reject import" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Import rejected" })).toBeTruthy();
    expect(screen.getByText(/Nothing in autumn-staff.csv was imported/)).toBeTruthy();
  });

  it("says so when the import isn't there (or belongs to another school)", async () => {
    renderScreen(<ImportPage />, {
      path: "/imports/:id",
      url: "/imports/imp1",
      mocks: [{ request: { query: ImportStatusQuery, variables: { id: "imp1" } }, result: { data: { import: null } } }],
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Import not found" })).toBeTruthy();
  });
});
