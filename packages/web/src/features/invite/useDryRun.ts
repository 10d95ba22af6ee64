import { useMutation } from "@apollo/client/react";
import { useCallback, useEffect, useState } from "react";
import type { InviteStaffInput, InviteStaffMutation as InviteStaffResult } from "../../gql/graphql";
import { InviteStaffMutation } from "./inviteData";

export type InvitePayload = InviteStaffResult["inviteStaff"];

interface DryRun {
  payload: InvitePayload | null;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

/**
 * Asks the server what `input` would do (dryRun: writes nothing) whenever it changes while `active`.
 * A result is only ever shown for the input it answers, never for an earlier choice.
 */
export function useDryRun(input: InviteStaffInput, active: boolean): DryRun {
  const [run] = useMutation(InviteStaffMutation);
  const key = JSON.stringify(input);
  const [answer, setAnswer] = useState<{ key: string; payload: InvitePayload | null; error: unknown } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!active) return;
    let current = true;
    run({ variables: { input: { ...(JSON.parse(key) as InviteStaffInput), dryRun: true } } }).then(
      ({ data }) => current && setAnswer({ key, payload: data?.inviteStaff ?? null, error: null }),
      (error: unknown) => current && setAnswer({ key, payload: null, error }),
    );
    return () => {
      current = false;
    };
  }, [active, key, attempt, run]);

  const fresh = answer?.key === key ? answer : null;
  const retry = useCallback(() => {
    setAnswer(null);
    setAttempt((n) => n + 1);
  }, []);
  return { payload: fresh?.payload ?? null, loading: active && !fresh, error: fresh?.error ?? null, retry };
}
