import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { isUnauthenticated } from "./errors";

interface Options {
  /** Called when the server says the session is missing or over (not for the sign-in itself). */
  onUnauthenticated: () => void;
}

export function createApolloClient({ onUnauthenticated }: Options) {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (operation.operationName !== "SignIn" && isUnauthenticated(error)) onUnauthenticated();
  });
  // The session lives in an httpOnly cookie on the same origin; one request per operation (the server refuses batches).
  const httpLink = new HttpLink({ uri: "/graphql", credentials: "same-origin" });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        // One viewer per session: store it as a singleton rather than under ROOT_QUERY.
        Viewer: { keyFields: [] },
      },
    }),
  });
}
