import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ResendInvitationsMutation } from "../../features/invitations/ConfirmBulkAction";
import { renderScreen, schoolAdmin } from "../../test/render";
import { schoolPickerMocks } from "../../test/schools";
import { InvitationFilterOptionsQuery, InvitationsPage } from "./InvitationsPage";
import { PeopleViewQuery } from "./PeopleView";

const school = { __typename: "School", id: "s1", name: "Oak Primary" };
const pickerMocks = schoolPickerMocks([{ id: "s1", name: "Oak Primary", urn: "100001", postcode: "OX1 1AB" }]);

const options = {
  request: { query: InvitationFilterOptionsQuery, variables: () => true },
  maxUsageCount: 5,
  result: () => ({
    data: {
      products: [
        {
          __typename: "Product",
          id: "p1",
          name: "Tracker",
          roles: [{ __typename: "ProductRole", id: "r1", name: "Teacher" }],
          cohorts: [],
        },
      ],
    },
  }),
};

function invitation(id: string, managedByTrust = false) {
  return {
    __typename: "Invitation",
    id,
    viewerCanManage: !managedByTrust,
    email: `${id}@oak.test`,
    firstName: "Person",
    lastName: id.toUpperCase(),
    state: "PENDING",
    delivery: "SENT",
    lastError: null,
    sendAt: null,
    sentAt: "2026-03-02T09:00:00.000Z",
    expiresAt: "2026-03-16T09:00:00.000Z",
    school,
    items: [
      {
        __typename: "InvitationItem",
        id: `item-${id}`,
        viewerCanManage: true,
        product: { __typename: "Product", id: "p1", name: "Tracker" },
        role: { __typename: "ProductRole", id: "r1", name: "Teacher" },
        school,
      },
      ...(managedByTrust
        ? [
            {
              __typename: "InvitationItem",
              id: `item-hr-${id}`,
              viewerCanManage: false,
              product: { __typename: "Product", id: "p2", name: "HR and Payroll" },
              role: { __typename: "ProductRole", id: "r2", name: "Viewer" },
              school: null,
            },
          ]
        : []),
    ],
  };
}

function people(seen: Record<string, unknown>[], managedByTrust: string[] = []) {
  return {
    request: { query: PeopleViewQuery, variables: (v: Record<string, unknown>) => (seen.push(v), true) },
    maxUsageCount: 10,
    result: {
      data: {
        invitations: {
          __typename: "InvitationConnection",
          totalCount: 37,
          manageableCount: 37 - managedByTrust.length,
          pageInfo: { __typename: "PageInfo", hasNextPage: true, endCursor: "c2" },
          edges: ["a", "b"].map((id) => ({ __typename: "InvitationEdge", node: invitation(id, managedByTrust.includes(id)) })),
        },
      },
    },
  };
}

describe("Invitations, people view", () => {
  it("resends every invitation matching the filter after saying how many", async () => {
    const seen: Record<string, unknown>[] = [];
    const sent: Record<string, unknown>[] = [];
    renderScreen(<InvitationsPage />, {
      path: "/invitations",
      url: "/invitations?view=people&states=PENDING",
      mocks: [
        options,
        ...pickerMocks,
        people(seen),
        {
          request: { query: ResendInvitationsMutation, variables: (v: Record<string, unknown>) => (sent.push(v), true) },
          result: { data: { resendInvitations: { __typename: "BulkInvitationPayload", count: 37, errors: [] } } },
        },
      ],
    });

    await screen.findByText("a@oak.test");
    expect(seen[0]).toMatchObject({ first: 25, after: null, filter: { states: ["PENDING"] } });
    expect(screen.getByRole("button", { name: "Resend" })).toHaveProperty("disabled", true);

    fireEvent.click(screen.getByRole("checkbox", { name: "Select every invitation on this page" }));
    expect(screen.getByText("2 invitations selected.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Select all 37 matching this filter" }));
    expect(screen.getByText("All 37 invitations matching this filter are selected.")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Resend" }));
    const dialog = await screen.findByRole("dialog", { name: "Resend 37 invitations?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Resend 37 invitations" }));

    await waitFor(() => expect(sent).toEqual([{ selection: { filter: { states: ["PENDING"] } } }]));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    // The list is fetched afresh, and the selection is spent once acted on.
    await waitFor(() => expect(seen.length).toBeGreaterThan(1));
    await screen.findByText("Tick invitations to resend or cancel them.");
  });

  it("sends only the ticked rows' ids", async () => {
    const sent: Record<string, unknown>[] = [];
    renderScreen(<InvitationsPage />, {
      path: "/invitations",
      url: "/invitations?view=people",
      mocks: [
        options,
        ...pickerMocks,
        people([]),
        {
          request: { query: ResendInvitationsMutation, variables: (v: Record<string, unknown>) => (sent.push(v), true) },
          result: { data: { resendInvitations: { __typename: "BulkInvitationPayload", count: 1, errors: [] } } },
        },
      ],
    });
    fireEvent.click(await screen.findByRole("checkbox", { name: "Select b@oak.test" }));
    fireEvent.click(screen.getByRole("button", { name: "Resend" }));
    const dialog = await screen.findByRole("dialog", { name: "Resend 1 invitation?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Resend 1 invitation" }));
    await waitFor(() => expect(sent).toEqual([{ selection: { ids: ["b"] } }]));
  });

  it("lets a school admin select only what they may change, and shows the rest as managed by the trust", async () => {
    const sent: Record<string, unknown>[] = [];
    renderScreen(<InvitationsPage />, {
      path: "/invitations",
      url: "/invitations?view=people",
      mocks: [
        options,
        people([], ["b"]),
        {
          request: { query: ResendInvitationsMutation, variables: (v: Record<string, unknown>) => (sent.push(v), true) },
          result: { data: { resendInvitations: { __typename: "BulkInvitationPayload", count: 36, errors: [] } } },
        },
      ],
      viewer: schoolAdmin,
    });
    await screen.findByText("a@oak.test");
    expect(screen.getByText(/HR and Payroll/).parentElement!.textContent).toContain("managed by the trust");
    const locked = screen.getByRole("checkbox", { name: "b@oak.test holds products managed by the trust, so only a trust administrator can select it" });
    expect(locked).toHaveProperty("disabled", true);
    expect(screen.getByText(/1 invitation here holds products managed by the trust/)).toBeTruthy();

    // The page's checkbox ticks the one row they may change; "all matching" counts only those.
    fireEvent.click(screen.getByRole("checkbox", { name: "Select every invitation on this page" }));
    expect(screen.getByText("1 invitation selected.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Select all 36 matching this filter" }));
    expect(screen.getByText("All 36 invitations matching this filter are selected, leaving out 1 managed by the trust.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Resend" }));
    const dialog = await screen.findByRole("dialog", { name: "Resend 36 invitations?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Resend 36 invitations" }));
    await waitFor(() => expect(sent).toEqual([{ selection: { filter: {} } }]));
  });

  it("hides the school filter and column from a school admin", async () => {
    renderScreen(<InvitationsPage />, {
      path: "/invitations",
      url: "/invitations?view=people",
      mocks: [options, people([])],
      viewer: schoolAdmin,
    });
    await screen.findByText("a@oak.test");
    expect(screen.getByText("Showing invitations at Oak Primary, your school.")).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: "School" })).toBeNull();
    expect(within(screen.getByRole("table")).queryByRole("columnheader", { name: "School" })).toBeNull();
  });

  it("rule 12: offers the list as a CSV download with the filters on screen", async () => {
    renderScreen(<InvitationsPage />, {
      path: "/invitations",
      url: "/invitations?view=people&states=PENDING,EXPIRED&q=ada",
      mocks: [options, ...pickerMocks, people([])],
    });
    await screen.findByText("a@oak.test");
    const link = screen.getByRole("link", { name: "Export CSV" });
    const href = new URL(link.getAttribute("href")!, "https://lanyard.test");
    expect(href.pathname).toBe("/api/exports/invitations.csv");
    expect(Object.fromEntries(href.searchParams)).toEqual({ states: "PENDING,EXPIRED", search: "ada" });
    expect(link.hasAttribute("download")).toBe(true);
  });
});
