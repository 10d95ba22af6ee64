import { Center, Loader } from "@mantine/core";
import { lazy, Suspense, type ComponentType } from "react";
import type { RouteObject } from "react-router";
import { AppLayout } from "./features/session/AppLayout";
import { RouteError } from "./ui/RouteError";

/** One chunk per screen, so the first load carries only what it shows. */
function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

// The server answers /sign-in with the public app; the admin app shows it too when a session ends mid-use.
const SignInRoute = lazyPage(() => import("./pages/SignIn/SignInRoute"), "SignInRoute");
const DashboardPage = lazyPage(() => import("./pages/Dashboard/DashboardPage"), "DashboardPage");
const SchoolsPage = lazyPage(() => import("./pages/Schools/SchoolsPage"), "SchoolsPage");
const SchoolPage = lazyPage(() => import("./pages/School/SchoolPage"), "SchoolPage");
const ProductsPage = lazyPage(() => import("./pages/Products/ProductsPage"), "ProductsPage");
const StaffPage = lazyPage(() => import("./pages/Staff/StaffPage"), "StaffPage");
const InvitationsPage = lazyPage(() => import("./pages/Invitations/InvitationsPage"), "InvitationsPage");
const MailboxPage = lazyPage(() => import("./pages/Mailbox/MailboxPage"), "MailboxPage");
const ReportsPage = lazyPage(() => import("./pages/Reports/ReportsPage"), "ReportsPage");
const ImportsPage = lazyPage(() => import("./pages/Imports/ImportsPage"), "ImportsPage");
const ImportPage = lazyPage(() => import("./pages/Imports/ImportPage"), "ImportPage");
const InvitePage = lazyPage(() => import("./pages/Invite/InvitePage"), "InvitePage");
const NotFoundPage = lazyPage(() => import("./pages/NotFound/NotFoundPage"), "NotFoundPage");

const fullPageLoader = (
  <Center h="100vh">
    <Loader aria-label="Loading" />
  </Center>
);

export const routes: RouteObject[] = [
  {
    path: "/sign-in",
    errorElement: <RouteError />,
    element: (
      <Suspense fallback={fullPageLoader}>
        <SignInRoute />
      </Suspense>
    ),
  },
  {
    // Signed-in screens: the layout checks the session and redirects to /sign-in without one.
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: "schools", element: <SchoolsPage /> },
      { path: "schools/:id", element: <SchoolPage /> },
      { path: "products", element: <ProductsPage /> },
      { path: "staff", element: <StaffPage /> },
      { path: "invitations", element: <InvitationsPage /> },
      { path: "mailbox", element: <MailboxPage /> },
      { path: "reports", element: <ReportsPage /> },
      { path: "imports", element: <ImportsPage /> },
      { path: "imports/:id", element: <ImportPage /> },
      { path: "invite", element: <InvitePage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
