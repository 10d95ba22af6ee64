import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderScreen, schoolAdmin } from "../../test/render";
import { ReportsPage } from "./ReportsPage";

describe("Reports", () => {
  it("issue 14: lists each report with the question it answers and a CSV download", async () => {
    renderScreen(<ReportsPage />, { path: "/reports", url: "/reports" });
    expect(await screen.findByRole("heading", { level: 1, name: "Reports" })).toBeTruthy();
    const items = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(items.map((item) => within(item).getByRole("heading", { level: 2 }).textContent)).toEqual([
      "Take-up by school",
      "Take-up by product",
      "Expiring in the next 7 days",
      "Staff without access",
    ]);
    expect(within(items[2]!).getByText("Whose invitations run out in the next 7 days, for which school, product and role?")).toBeTruthy();
    const links = screen.getAllByRole("link");
    expect(links.map((a) => [a.textContent, a.getAttribute("href"), a.hasAttribute("download")])).toEqual([
      ["Download take-up by school (CSV)", "/api/reports/school-status.csv", true],
      ["Download take-up by product (CSV)", "/api/reports/product-status.csv", true],
      ["Download expiring in the next 7 days (CSV)", "/api/reports/expiring.csv", true],
      ["Download staff without access (CSV)", "/api/reports/staff-without-access.csv", true],
    ]);
  });

  it("rule 1: tells a school admin the reports are of their school", async () => {
    renderScreen(<ReportsPage />, { path: "/reports", url: "/reports", viewer: schoolAdmin });
    expect(await screen.findByText(/how take-up is going at Oak Primary/)).toBeTruthy();
  });
});
