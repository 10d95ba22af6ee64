// Mantine's styles, then the date pickers' and notifications' (built on them), then the theme's overrides.
import "@mantine/core/styles.css";
import "@mantine/dates/styles.css";
import "@mantine/notifications/styles.css";
import "./ui/theme.css";
import { ApolloProvider } from "@apollo/client/react";
import { isPublicPath } from "@lanyard/shared";
import { Notifications } from "@mantine/notifications";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { createApolloClient } from "./features/api/client";
import { routes } from "./routes";
import { LanyardProvider } from "./ui/LanyardProvider";

const router = createBrowserRouter(routes);

const client = createApolloClient({
  // A session that ends mid-use (expiry, sign-out elsewhere) sends the person back to sign in.
  onUnauthenticated: () => {
    const { pathname, search } = router.state.location;
    // Public pages (sign-in) have no admin session to lose: they stay where they are.
    if (!isPublicPath(pathname)) void router.navigate("/sign-in", { replace: true, state: { from: pathname + search } });
  },
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <LanyardProvider>
      <Notifications position="top-right" />
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </LanyardProvider>
  </StrictMode>,
);
