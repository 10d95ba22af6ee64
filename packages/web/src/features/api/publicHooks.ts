import { useCallback, useEffect, useState } from "react";
import type { TypedDocumentString } from "../../gql-public/graphql";
import { peekFirstRead, takeFirstRead } from "./firstReads";
import { graphqlRequest } from "./graphqlRequest";

// React hooks over graphqlRequest for the public pages, shaped like Apollo's so pages read the same.

/** A mutation for a button or form: `[run, { loading }]`, as Apollo's useMutation has it. */
export function useOperation<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>) {
  const [loading, setLoading] = useState(false);
  const run = useCallback(
    async (variables: TVariables) => {
      setLoading(true);
      try {
        return await graphqlRequest(document, variables);
      } finally {
        setLoading(false);
      }
    },
    [document],
  );
  return [run, { loading }] as const;
}

interface QueryState<T> {
  data?: T;
  error?: unknown;
}

/**
 * Reads once on mount and again on `refetch()`, always from the network (the public pages keep no
 * cache). A read the entry script started already (firstReads.ts) is used instead of asking
 * again, and if it has answered, the first render shows the answer. While it reads again, the last
 * data stays on screen.
 */
export function useQueryOnce<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables) {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<TResult>>(() => (peekFirstRead(document, variables)?.settled ?? {}) as QueryState<TResult>);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    const started = round === 0 ? takeFirstRead(document, JSON.parse(key)) : undefined;
    // Answered before the first render, which showed it: setting it again would render the page twice.
    if (started?.settled) return;
    const answer = (started?.promise as Promise<TResult> | undefined) ?? graphqlRequest(document, JSON.parse(key) as TVariables);
    answer.then(
      (data) => current && setState({ data }),
      (error: unknown) => current && setState({ error }),
    );
    return () => {
      current = false;
    };
  }, [document, key, round]);
  const refetch = useCallback(() => {
    setState((previous) => ({ data: previous.data }));
    setRound((r) => r + 1);
  }, []);
  return { ...state, refetch };
}
