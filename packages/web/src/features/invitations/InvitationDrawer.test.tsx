import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderScreen, schoolAdmin } from "../../test/render";
import { InvitationDetailsQuery, InvitationDrawer } from "./InvitationDrawer";

const school = { __typename: "School", id: "s1", name: "Oak Primary" };

function details(viewerCanManage: boolean) {
  return {
    request: { query: InvitationDetailsQuery, variables: { id: "i1" } },
    result: {
      data: {
        invitation: {
          __typename: "Invitation",
          id: "i1",
          email: "ann@oak.test",
          firstName: "Ann",
          lastName: "Able",
          state: "PENDING",
          delivery: "SENT",
          lastError: null,
          existingUser: false,
          awaitingApproval: false,
          viewerCanManage,
          invitedBy: "admin@demo.lanyard.test",
          createdAt: "2026-03-02T09:00:00.000Z",
          sendAt: "2026-03-02T09:00:00.000Z",
          sentAt: "2026-03-02T09:00:00.000Z",
          expiresAt: "2026-03-16T09:00:00.000Z",
          respondedAt: null,
          staff: null,
          items: [
            {
              __typename: "InvitationItem",
              id: "it1",
              viewerCanManage: true,
              product: { __typename: "Product", id: "p1", name: "Tracker" },
              role: { __typename: "ProductRole", id: "r1", name: "Teacher" },
              school,
              cohort: null,
            },
            {
              __typename: "InvitationItem",
              id: "it2",
              viewerCanManage: viewerCanManage,
              product: { __typename: "Product", id: "p2", name: "HR and Payroll" },
              role: { __typename: "ProductRole", id: "r2", name: "Viewer" },
              school: null,
              cohort: null,
            },
          ],
          events: [],
        },
      },
    },
  };
}

const open = (viewerCanManage: boolean) =>
  renderScreen(<InvitationDrawer id="i1" onClose={() => {}} onAction={() => {}} />, {
    path: "/invitations",
    url: "/invitations",
    mocks: [details(viewerCanManage)],
    viewer: schoolAdmin,
  });

describe("the invitation details drawer", () => {
  it("shows a school admin the items managed by the trust by product name only, and offers no actions", async () => {
    open(false);
    const offers = await screen.findByRole("table");
    const hr = within(offers).getByRole("row", { name: /HR and Payroll/ });
    expect(hr.textContent).toBe("HR and PayrollManaged by the trust");
    expect(within(offers).getByRole("row", { name: /Tracker/ }).textContent).toContain("Oak Primary");
    expect(screen.getByText(/only a trust administrator can resend or cancel it/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Resend" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Cancel invitation" })).toBeNull();
  });

  it("offers resend and cancel when every item is the viewer's to manage", async () => {
    open(true);
    await screen.findByRole("button", { name: "Resend" });
    expect(screen.getByRole("button", { name: "Cancel invitation" })).toBeTruthy();
    expect(screen.queryByText("Managed by the trust")).toBeNull();
  });
});
