// The provider's styles (Mantine's core, then the theme's) load first; the date pickers' build on them.
import { LanyardProvider } from "./ui/LanyardProvider";
import "@mantine/dates/styles.css";
import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { createApolloClient } from "./features/api/client";
import { routes } from "./routes";

const router = createBrowserRouter(routes);

const client = createApolloClient({
  // A session that ends mid-use (expiry, sign-out elsewhere) sends the person back to sign in.
  onUnauthenticated: () => {
    const { pathname, search } = router.state.location;
    // Public pages (an invitee's accept link) have no admin session to lose: they stay where they are.
    const isPublic = pathname === "/sign-in" || pathname.startsWith("/accept/");
    if (!isPublic) void router.navigate("/sign-in", { replace: true, state: { from: pathname + search } });
  },
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <LanyardProvider>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </LanyardProvider>
  </StrictMode>,
);
