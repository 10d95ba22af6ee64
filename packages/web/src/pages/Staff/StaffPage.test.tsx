import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderScreen, schoolAdmin } from "../../test/render";
import { manySchools, schoolPickerMocks } from "../../test/schools";
import { RevokeAccessMutation } from "../../features/staff/ConfirmRevokeAccess";
import { StaffPage, StaffPageQuery } from "./StaffPage";

// A trust of 130 schools: more than the school filter lists at once.
const schools = [...manySchools(129), { id: "yew", name: "Yew Tree Academy", urn: "145678", postcode: "YO31 7XY" }];

function staffConnection(people: { id: string; firstName: string; lastName: string; registered?: boolean }[]) {
  return {
    __typename: "StaffConnection",
    totalCount: people.length,
    pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
    edges: people.map((p) => ({
      __typename: "StaffEdge",
      node: {
        __typename: "Staff",
        id: p.id,
        firstName: p.firstName,
        lastName: p.lastName,
        email: `${p.firstName.toLowerCase()}@oak.test`,
        jobTitle: "Teacher",
        school: { __typename: "School", id: "s1", name: "Oak Primary" },
        user: p.registered ? { __typename: "User", id: `u-${p.id}` } : null,
        accesses: p.registered
          ? [
              {
                __typename: "Access",
                id: `a-${p.id}`,
                product: { __typename: "Product", id: "p1", name: "Tracker" },
                role: { __typename: "ProductRole", id: "r1", name: "Teacher" },
                school: { __typename: "School", id: "s1", name: "Oak Primary" },
              },
            ]
          : [],
        openInvitations: p.registered
          ? []
          : [
              {
                __typename: "Invitation",
                id: `i-${p.id}`,
                state: "PENDING",
                items: [{ __typename: "InvitationItem", id: `ii-${p.id}`, product: { __typename: "Product", id: "p2", name: "HR" } }],
              },
            ],
      },
    })),
  };
}

/** Answers the roster query: nobody matches a search; the whole roster otherwise. Records the variables. */
function rosterMock(seen: Record<string, unknown>[]) {
  return {
    request: {
      query: StaffPageQuery,
      variables: (variables: Record<string, unknown>) => {
        seen.push(variables);
        return true;
      },
    },
    maxUsageCount: 10,
    result: (variables: Record<string, unknown>) => {
      const filter = variables["filter"] as { search?: string } | undefined;
      return {
        data: {
          staff: filter?.search
            ? staffConnection([])
            : staffConnection([
                { id: "1", firstName: "Ana", lastName: "Lopez", registered: true },
                { id: "2", firstName: "Ben", lastName: "Okafor" },
              ]),
        },
      };
    },
  };
}

describe("Staff roster", () => {
  it("says nobody matches a search and clears the filters on request", async () => {
    const seen: Record<string, unknown>[] = [];
    const { router } = renderScreen(<StaffPage />, {
      path: "/staff",
      url: "/staff?q=zz&size=50",
      mocks: [rosterMock(seen), ...schoolPickerMocks(schools)],
    });

    expect(await screen.findByText("No staff match “zz”")).toBeTruthy();
    expect(seen[0]).toMatchObject({ first: 50, filter: { search: "zz" } });

    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));

    await screen.findByText("Ana Lopez");
    const table = screen.getByRole("table");
    expect(within(within(table).getByRole("row", { name: /Ana Lopez/ })).getByText("Registered")).toBeTruthy();
    expect(within(within(table).getByRole("row", { name: /Ben Okafor/ })).getByText("Not yet")).toBeTruthy();
    // What each person holds, and what they're invited to, in the Access column.
    expect(within(within(table).getByRole("row", { name: /Ana Lopez/ })).getByText("Tracker · Teacher")).toBeTruthy();
    expect(within(within(table).getByRole("row", { name: /Ben Okafor/ })).getByText("HR · invited")).toBeTruthy();
    // The search is gone from the URL; the chosen page size stays.
    expect(router.state.location.search).toBe("?size=50");
  });

  it("shows a school admin their own school without a school filter or column", async () => {
    const seen: Record<string, unknown>[] = [];
    const searches: (string | null)[] = [];
    renderScreen(<StaffPage />, { path: "/staff", url: "/staff", mocks: [rosterMock(seen), ...schoolPickerMocks(schools, searches)], viewer: schoolAdmin });

    await screen.findByText("Ben Okafor");
    const table = screen.getByRole("table");
    expect(screen.getByText("Showing staff at Oak Primary, your school.")).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: "School" })).toBeNull();
    expect(within(table).queryByRole("columnheader", { name: "School" })).toBeNull();
    // Nor a list of schools to choose from.
    expect(searches).toEqual([]);
  });

  it("filters by a school past the first hundred, found by typing, and names it when opened from its URL", async () => {
    const seen: Record<string, unknown>[] = [];
    const searches: (string | null)[] = [];
    const { router } = renderScreen(<StaffPage />, {
      path: "/staff",
      url: "/staff?school=s120",
      mocks: [rosterMock(seen), ...schoolPickerMocks(schools, searches)],
    });

    const picker = screen.getByRole("textbox", { name: "School" });
    await waitFor(() => expect((picker as HTMLInputElement).value).toBe("School 120"));
    expect(seen[0]).toMatchObject({ filter: { schoolId: "s120" } });

    fireEvent.change(picker, { target: { value: "yew tree" } });
    fireEvent.click(await screen.findByRole("option", { name: /Yew Tree Academy/ }));
    await waitFor(() => expect(router.state.location.search).toBe("?school=yew"));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ filter: { schoolId: "yew" } }));
    expect((picker as HTMLInputElement).value).toBe("Yew Tree Academy");
    expect(searches).toContain("yew tree");
  });

  it("revokes an access from the roster after a confirmation that names whose and what", async () => {
    const seen: Record<string, unknown>[] = [];
    const revoked: Record<string, unknown>[] = [];
    renderScreen(<StaffPage />, {
      path: "/staff",
      url: "/staff",
      mocks: [
        rosterMock(seen),
        ...schoolPickerMocks(schools),
        {
          request: { query: RevokeAccessMutation, variables: (variables: Record<string, unknown>) => (revoked.push(variables), true) },
          result: { data: { revokeAccess: { __typename: "BulkInvitationPayload", count: 1, errors: [] } } },
        },
      ],
    });

    await screen.findByText("Ana Lopez");
    const row = within(screen.getByRole("table")).getByRole("row", { name: /Ana Lopez/ });
    fireEvent.click(within(row).getByRole("button", { name: "Tracker · Teacher" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Revoke access…" }));

    const dialog = await screen.findByRole("dialog", { name: "Revoke access?" });
    expect(within(dialog).getByText(/Ana Lopez loses Tracker · Teacher at Oak Primary at once\. Their history is kept/)).toBeTruthy();
    const loadsBefore = seen.length;
    fireEvent.click(within(dialog).getByRole("button", { name: "Revoke access" }));

    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Revoke access?" })).toBeNull());
    expect(revoked).toEqual([{ accessId: "a-1" }]);
    // The roster is read again, so the access is gone from it.
    await waitFor(() => expect(seen.length).toBeGreaterThan(loadsBefore));
  });
});
