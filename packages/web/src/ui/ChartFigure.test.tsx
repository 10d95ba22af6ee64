import { MantineProvider } from "@mantine/core";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { ChartFigure, type ChartRow } from "./ChartFigure";
import { theme } from "./theme";

const weeks: ChartRow[] = [
  { week: "2026-11-16", sent: 120, accepted: 45 },
  { week: "2026-11-23", sent: 1340, accepted: 610 },
  { week: "2026-11-30", sent: 87, accepted: 0 },
];

const byState: ChartRow[] = [
  { state: "Pending", count: 212 },
  { state: "Accepted", count: 1045 },
  { state: "Expired", count: 9 },
];

const shortDate = (iso: string | number) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

function renderFigure(ui: React.ReactElement) {
  return render(
    <MantineProvider theme={theme} env="test">
      <MemoryRouter>{ui}</MemoryRouter>
    </MantineProvider>,
  );
}

/** The table as a person reads it: header row, then each row's cells. */
function readTable(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole("row")
    .map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent ?? ""));
}

describe("ChartFigure", () => {
  it("shows a dated line chart's series as a table of the same numbers", () => {
    renderFigure(
      <ChartFigure
        title="Invitations by week"
        type="line"
        data={weeks}
        dataKey="week"
        keyLabel="Week starting"
        formatKey={shortDate}
        series={[
          { name: "sent", label: "Sent", color: "lanyard.7" },
          { name: "accepted", label: "Accepted", color: "teal.7" },
        ]}
      />,
    );
    expect(screen.getByRole("figure", { name: "Invitations by week" })).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
    const toggle = screen.getByRole("button", { name: "Show as table" });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");

    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    const table = screen.getByRole("table", { name: "Invitations by week" });
    expect(readTable(table)).toEqual([
      ["Week starting", "Sent", "Accepted"],
      ["16 Nov 2026", "120", "45"],
      ["23 Nov 2026", "1,340", "610"],
      ["30 Nov 2026", "87", "0"],
    ]);
    // Each row is named by its date, so a screen reader says which week a number belongs to.
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Week starting", "Sent", "Accepted"]);
    expect(within(table).getAllByRole("rowheader").map((h) => h.textContent)).toEqual(["16 Nov 2026", "23 Nov 2026", "30 Nov 2026"]);
  });

  it("shows categorical counts as a table, and goes back to the chart", () => {
    renderFigure(
      <ChartFigure
        title="Invitations by state"
        type="bar"
        data={byState}
        dataKey="state"
        keyLabel="State"
        series={[{ name: "count", label: "Invitations", color: "lanyard.7" }]}
      />,
    );
    const toggle = screen.getByRole("button", { name: "Show as table" });
    fireEvent.click(toggle);
    expect(readTable(screen.getByRole("table", { name: "Invitations by state" }))).toEqual([
      ["State", "Invitations"],
      ["Pending", "212"],
      ["Accepted", "1,045"],
      ["Expired", "9"],
    ]);
    fireEvent.click(toggle);
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByRole("img", { name: /^Invitations by state: a bar chart/ })).toBeTruthy();
  });

  it("links each row and each number of the table where its bar leads, for the keyboard", () => {
    renderFigure(
      <ChartFigure
        title="Invitations by school"
        type="bar"
        stacked
        layout="rows"
        data={[
          { id: "s1", name: "Ash Academy", accepted: 10, pending: 0 },
          { id: "s2", name: "Birch Primary", accepted: 3, pending: 4 },
        ]}
        dataKey="name"
        keyLabel="School"
        series={[
          { name: "accepted", label: "Accepted", color: "green.7" },
          { name: "pending", label: "Pending", color: "blue.7" },
        ]}
        href={(row, series) => (series === "pending" && row["pending"] === 0 ? null : `/list?school=${row["id"]}${series ? `&part=${series}` : ""}`)}
      />,
    );
    expect(screen.getByRole("img", { name: /^Invitations by school: a bar chart\. .*follow their links\.$/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Show as table" }));
    const table = screen.getByRole("table", { name: "Invitations by school" });
    expect(readTable(table)).toEqual([
      ["School", "Accepted", "Pending"],
      ["Ash Academy", "10", "0"],
      ["Birch Primary", "3", "4"],
    ]);
    const links = within(table)
      .getAllByRole("link")
      .map((a) => [a.textContent, a.getAttribute("href")]);
    // Nowhere to go for Ash Academy's pending (none): that number stays plain text.
    expect(links).toEqual([
      ["Ash Academy", "/list?school=s1"],
      ["10", "/list?school=s1&part=accepted"],
      ["Birch Primary", "/list?school=s2"],
      ["3", "/list?school=s2&part=accepted"],
      ["4", "/list?school=s2&part=pending"],
    ]);
  });
});
