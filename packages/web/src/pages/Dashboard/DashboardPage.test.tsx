import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { InvitationFilterOptionsQuery } from "../../features/invitations/filterOptions";
import { renderScreen, schoolAdmin } from "../../test/render";
import { schoolPickerMocks } from "../../test/schools";
import { DashboardPage, DashboardQuery } from "./DashboardPage";
import { ExpiringSoonQuery } from "./HeadlineNumbers";

const options = {
  request: { query: InvitationFilterOptionsQuery, variables: () => true },
  maxUsageCount: 5,
  result: { data: { products: [] } },
};

const ash = { __typename: "School", id: "s1", name: "Ash Academy" };
const tracker = { __typename: "Product", id: "p1", name: "Tracker" };

function stats(seen: Record<string, unknown>[], total = 120) {
  return {
    request: { query: DashboardQuery, variables: (v: Record<string, unknown>) => (seen.push(v), true) },
    maxUsageCount: 10,
    result: {
      data: {
        invitationStats: {
          __typename: "InvitationStats",
          total,
          acceptanceRate: 0.375,
          medianHoursToAccept: 26,
          byState: [
            { __typename: "CountByState", state: "ACCEPTED", count: 45 },
            { __typename: "CountByState", state: "PENDING", count: 30 },
            { __typename: "CountByState", state: "EXPIRED", count: 45 },
          ],
          byDay: [],
          bySchool: [{ __typename: "CountBySchool", school: ash, total: 120, accepted: 45, pending: 30 }],
          byProduct: [{ __typename: "CountByProduct", product: tracker, total: 120, accepted: 45, pending: 30 }],
        },
        failed: { __typename: "InvitationConnection", totalCount: 4 },
      },
    },
  };
}

function expiring(seen: Record<string, unknown>[]) {
  return {
    request: { query: ExpiringSoonQuery, variables: (v: Record<string, unknown>) => (seen.push(v), true) },
    maxUsageCount: 10,
    result: { data: { invitations: { __typename: "InvitationConnection", totalCount: 7 } } },
  };
}

/** A headline tile by its label: its text, and where it leads (null when it is no link). */
function tile(label: string) {
  const item = screen
    .getAllByRole("listitem")
    .find((li) => li.textContent?.startsWith(label))!;
  return { text: item.textContent, href: item.querySelector("a")?.getAttribute("href") ?? null };
}

describe("the Dashboard", () => {
  it("shows the headline numbers for the filters in the URL, each leading to its invitations", async () => {
    const seen: Record<string, unknown>[] = [];
    const asked: Record<string, unknown>[] = [];
    renderScreen(<DashboardPage />, {
      path: "/",
      url: "/?product=p1&by=week",
      mocks: [options, ...schoolPickerMocks([]), stats(seen), expiring(asked)],
    });
    await screen.findByRole("heading", { name: "At a glance" });
    expect(seen[0]).toMatchObject({ filter: { productId: "p1" }, failed: { productId: "p1", delivery: "FAILED" }, countFailed: true });
    expect(seen[0]!["from"]).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);

    expect(tile("Invited").text).toContain("120");
    expect(tile("Accepted").href).toBe("/invitations?view=people&states=ACCEPTED&product=p1");
    expect(tile("Acceptance rate").text).toContain("37.5%");
    expect(tile("Acceptance rate").text).toContain("half accept within about 26 hours");
    expect(tile("Acceptance rate").href).toBeNull();
    expect(tile("Pending").href).toBe("/invitations?view=people&states=PENDING&product=p1");
    expect(tile("Delivery failures").text).toContain("4");
    expect(tile("Delivery failures").href).toBe("/invitations?view=people&product=p1&delivery=FAILED");
    await waitFor(() => expect(tile("Expiring in 7 days").text).toContain("7"));
    expect(asked[0]).toMatchObject({ filter: { productId: "p1", states: ["PENDING"] } });

    // Every graph is a named figure; the time graph steps by week, as the URL says.
    for (const name of ["Invitations by state", "Sent and accepted by week", "Invitations by school", "Invitations by product"]) {
      expect(screen.getByRole("figure", { name })).toBeTruthy();
    }
    expect(screen.getByRole("radio", { name: "By week" })).toHaveProperty("checked", true);
  });

  it("links each number of a graph's table to the invitations it counts", async () => {
    renderScreen(<DashboardPage />, {
      path: "/",
      url: "/?from=2026-11-01",
      mocks: [options, ...schoolPickerMocks([]), stats([]), expiring([])],
    });
    const byState = await screen.findByRole("figure", { name: "Invitations by state" });
    fireEvent.click(within(byState).getByRole("button", { name: "Show as table" }));
    const states = within(byState).getByRole("table", { name: "Invitations by state" });
    expect(within(states).getByRole("link", { name: "Expired" }).getAttribute("href")).toBe(
      "/invitations?view=people&states=EXPIRED&from=2026-11-01",
    );

    const bySchool = screen.getByRole("figure", { name: "Invitations by school" });
    fireEvent.click(within(bySchool).getByRole("button", { name: "Show as table" }));
    const schools = within(bySchool).getByRole("table", { name: "Invitations by school" });
    const links = within(schools)
      .getAllByRole("link")
      .map((a) => [a.textContent, a.getAttribute("href")]);
    expect(links).toEqual([
      ["Ash Academy", "/invitations?view=people&school=s1&from=2026-11-01"],
      ["45", "/invitations?view=people&states=ACCEPTED&school=s1&from=2026-11-01"],
      ["30", "/invitations?view=people&states=PENDING&school=s1&from=2026-11-01"],
      ["45", "/invitations?view=people&states=SCHEDULED%2CDECLINED%2CCANCELLED%2CEXPIRED&school=s1&from=2026-11-01"],
    ]);
  });

  it("keeps the filters in the URL as they change", async () => {
    const { router } = renderScreen(<DashboardPage />, {
      path: "/",
      url: "/",
      mocks: [options, ...schoolPickerMocks([]), stats([]), expiring([])],
    });
    await screen.findByRole("heading", { name: "At a glance" });
    fireEvent.click(screen.getByRole("radio", { name: "By week" }));
    await waitFor(() => expect(router.state.location.search).toBe("?by=week"));
    fireEvent.click(screen.getByRole("switch", { name: /Unresolved only/ }));
    await waitFor(() => expect(router.state.location.search).toBe("?unresolved=1&by=week"));
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(router.state.location.search).toBe("?by=week"));
  });

  it("says so when no invitation matches, with a way back", async () => {
    renderScreen(<DashboardPage />, {
      path: "/",
      url: "/?states=DECLINED",
      mocks: [options, ...schoolPickerMocks([]), stats([], 0), expiring([])],
    });
    await screen.findByText("No invitations match these filters");
    expect(screen.queryByRole("figure")).toBeNull();
  });

  it("shows a school admin no school filter and no graph by school", async () => {
    renderScreen(<DashboardPage />, { path: "/", url: "/", mocks: [options, stats([]), expiring([])], viewer: schoolAdmin });
    await screen.findByRole("heading", { name: "At a glance" });
    expect(screen.getByText("Showing invitations at Oak Primary, your school.")).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: "School" })).toBeNull();
    expect(screen.queryByRole("figure", { name: "Invitations by school" })).toBeNull();
    expect(screen.getByRole("figure", { name: "Invitations by product" })).toBeTruthy();
  });
});
