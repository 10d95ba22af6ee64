import { useApolloClient } from "@apollo/client/react";
import { useLocation, useNavigate } from "react-router";
import type { ImportKind } from "../../gql/graphql";
import { forgetImportHistory } from "../../features/imports/operations";
import type { StartedImport } from "../../features/imports/upload";

/** History state of /imports/:id opened by an upload: its status heading takes focus. */
export interface ImportRouteState {
  uploaded?: boolean;
}

/** What both import screens do once the server has a file: the history is stale, and the import's own screen shows it. */
export function useUploadHandlers() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  return {
    onUploaded: (started: StartedImport, _kind: ImportKind) => {
      forgetImportHistory(client.cache);
      void navigate(`/imports/${encodeURIComponent(started.id)}`, { state: { uploaded: true } satisfies ImportRouteState });
    },
    onUnauthenticated: () => void navigate("/sign-in", { replace: true, state: { from: location.pathname + location.search } }),
  };
}
