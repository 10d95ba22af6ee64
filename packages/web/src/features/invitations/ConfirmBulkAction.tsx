import type { ApolloCache } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { Button, Group, List, Modal, ScrollArea, Stack, Text } from "@mantine/core";
import { graphql } from "../../gql";
import type { InvitationSelection } from "../../gql/graphql";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { plural } from "../../ui/format";
import { notify } from "../../ui/notify";
import { errorMessage } from "../api/errors";
import { BULK_ACTION, bulkOutcome, confirmTitle, tooManyToChange, type BulkActionKind } from "./bulkAction";

export const ResendInvitationsMutation = graphql(`
  mutation ResendInvitations($selection: InvitationSelection!) {
    resendInvitations(selection: $selection) {
      count
      errors {
        code
        message
      }
    }
  }
`);

export const CancelInvitationsMutation = graphql(`
  mutation CancelInvitations($selection: InvitationSelection!) {
    cancelInvitations(selection: $selection) {
      count
      errors {
        code
        message
      }
    }
  }
`);

// Everything that shows invitations, their emails or what staff were invited to is stale once
// the server has answered: dropping it from the cache refetches what is on screen and makes the
// other views (the organisation view, the mailbox, the roster) load afresh when next opened.
const STALE_FIELDS = ["invitations", "invitation", "schoolInvitationSummaries", "emailMessages", "staff"];

function forgetStale(cache: ApolloCache) {
  for (const fieldName of STALE_FIELDS) cache.evict({ id: "ROOT_QUERY", fieldName });
  cache.gc();
}

export interface BulkActionRequest {
  kind: BulkActionKind;
  /** How many invitations the person chose: what the confirmation states. */
  count: number;
  selection: InvitationSelection;
  /** "matching this filter" when the selection is a filter rather than ticked rows. */
  byFilter: boolean;
}

interface Props {
  request: BulkActionRequest | null;
  onClose: () => void;
  /** After the server answered (even with skipped invitations): e.g. clear the selection. */
  onDone: (request: BulkActionRequest) => void;
  /** Once the dialog has gone, done or not: focus has been handed back to whatever opened it, if it still can be. */
  onClosed?: () => void;
}

/** Says what is about to happen ("Resend 37 invitations?"), does it, and reports what happened. */
export function ConfirmBulkAction({ request, onClose, onDone, onClosed }: Props) {
  const [resend, resendState] = useMutation(ResendInvitationsMutation, { update: forgetStale });
  const [cancel, cancelState] = useMutation(CancelInvitationsMutation, { update: forgetStale });
  const state = request?.kind === "cancel" ? cancelState : resendState;
  const wording = request ? BULK_ACTION[request.kind] : null;
  const tooMany = request ? tooManyToChange(request.kind, request.count) : null;

  const close = () => {
    resendState.reset();
    cancelState.reset();
    onClose();
  };

  const confirm = async () => {
    if (!request) return;
    const variables = { selection: request.selection };
    // A failed request stays in the dialog (state.error) so it can be tried again.
    const result =
      request.kind === "resend"
        ? (await resend({ variables }).catch(() => null))?.data?.resendInvitations
        : (await cancel({ variables }).catch(() => null))?.data?.cancelInvitations;
    if (!result) return;
    const outcome = bulkOutcome(request.kind, result);
    notify({
      title: outcome.title,
      announcement: `${outcome.title}. ${outcome.messages.join(" ") || "Nothing was skipped."}`,
      color: outcome.color,
      // Problems stay until read; a clean result goes by itself.
      autoClose: outcome.messages.length > 0 ? false : 6000,
      message:
        outcome.messages.length > 0 ? (
          <ScrollArea.Autosize mah={220}>
            <List size="sm" spacing={2}>
              {outcome.messages.map((m, i) => (
                <List.Item key={i}>{m}</List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        ) : (
          "Nothing was skipped."
        ),
    });
    onDone(request);
    close();
  };

  return (
    <Modal
      opened={request !== null}
      onClose={close}
      title={<Text span fw={650}>{request ? confirmTitle(request.kind, request.count) : ""}</Text>}
      centered
      closeButtonProps={{ "aria-label": "Close" }}
      onExitTransitionEnd={onClosed}
    >
      {request && wording && (
        <Stack gap="md">
          <Text size="sm">
            {request.byFilter
              ? `This ${request.kind === "resend" ? "resends" : "cancels"} every invitation matching the current filters: ${plural(request.count, "invitation")} right now.`
              : `You selected ${plural(request.count, "invitation")}.`}{" "}
            {wording.consequence}
          </Text>
          {tooMany && <ErrorAlert title="Too many at once" message={tooMany} />}
          {state.error && <ErrorAlert title="That didn't work" message={errorMessage(state.error)} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={state.loading}>
              {request.kind === "cancel" ? (request.count === 1 ? "Keep it" : "Keep them") : "Not now"}
            </Button>
            <Button color={wording.color} loading={state.loading} disabled={tooMany !== null} onClick={() => void confirm()}>
              {confirmTitle(request.kind, request.count).replace(/\?$/, "")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
