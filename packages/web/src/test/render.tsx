import { InMemoryCache } from "@apollo/client";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { MantineProvider } from "@mantine/core";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { ViewerContextFragment, ViewerProvider } from "../features/session/viewer";
import { makeFragmentData } from "../gql";
import type { ViewerContext_ViewerFragment } from "../gql/graphql";
import { theme } from "../ui/theme";

export const trustAdmin: ViewerContext_ViewerFragment = {
  email: "admin@demo.lanyard.test",
  role: "TRUST_ADMIN",
  trust: { id: "t1", name: "Oak Learning Trust" },
  school: null,
};

export const schoolAdmin: ViewerContext_ViewerFragment = {
  email: "head@oak.test",
  role: "SCHOOL_ADMIN",
  trust: { id: "t1", name: "Oak Learning Trust" },
  school: { id: "s1", name: "Oak Primary" },
};

interface Options {
  path: string;
  url: string;
  mocks?: MockLink.MockedResponse[];
  viewer?: ViewerContext_ViewerFragment | null;
}

/** Renders one screen at `url` as the signed-in app would: theme, Apollo mocks, router, viewer. */
export function renderScreen(element: ReactElement, { path, url, mocks = [], viewer = trustAdmin }: Options) {
  const screen = viewer ? (
    <ViewerProvider viewer={makeFragmentData(viewer, ViewerContextFragment)}>{element}</ViewerProvider>
  ) : (
    element
  );
  const router = createMemoryRouter([{ path, element: screen }, { path: "*", element: <p>Elsewhere</p> }], {
    initialEntries: [url],
  });
  const result = render(
    // "test": no transitions or portals, so an opened dropdown's options are there at once.
    <MantineProvider theme={theme} env="test">
      <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies: { Viewer: { keyFields: [] } } })}>
        <RouterProvider router={router} />
      </MockedProvider>
    </MantineProvider>,
  );
  return { ...result, router };
}
