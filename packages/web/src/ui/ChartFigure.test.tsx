import { MantineProvider } from "@mantine/core";
import { fireEvent, render, screen, within } from "@testing-library/react";
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
      {ui}
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
});
