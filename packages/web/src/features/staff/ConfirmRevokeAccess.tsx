import type { ApolloCache } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { graphql } from "../../gql";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { notify } from "../../ui/notify";
import { errorMessage } from "../api/errors";

export const RevokeAccessMutation = graphql(`
  mutation RevokeAccess($accessId: ID!) {
    revokeAccess(accessId: $accessId) {
      count
      errors {
        code
        message
      }
    }
  }
`);

/** An access as the roster shows it, and whose it is. */
export interface RevokeRequest {
  accessId: string;
  personName: string;
  /** "Tracker · Teacher at Oak Primary" */
  what: string;
}

// The roster (its accesses, its "not yet a user of" filter) and the users' accesses are stale once one ends.
function forgetStale(cache: ApolloCache) {
  for (const fieldName of ["staff", "users"]) cache.evict({ id: "ROOT_QUERY", fieldName });
  cache.gc();
}

/** "Revoke access?": says whose access ends and what stays, ends it, and says so. */
export function ConfirmRevokeAccess({ request, onClose }: { request: RevokeRequest | null; onClose: () => void }) {
  const [revoke, state] = useMutation(RevokeAccessMutation, { update: forgetStale });
  const refused = state.data?.revokeAccess.errors[0]?.message;

  const close = () => {
    state.reset();
    onClose();
  };

  const confirm = async () => {
    if (!request) return;
    // A failed request stays in the dialog, with what went wrong, so it can be tried again.
    const result = (await revoke({ variables: { accessId: request.accessId } }).catch(() => null))?.data?.revokeAccess;
    if (!result || result.errors.length > 0) return;
    notify({
      title: "Access revoked",
      color: "green",
      autoClose: 6000,
      message: result.count === 1 ? `${request.personName} no longer has ${request.what}.` : `${request.personName}'s access had already ended.`,
    });
    close();
  };

  return (
    <Modal
      opened={request !== null}
      onClose={close}
      title={<Text span fw={650}>Revoke access?</Text>}
      centered
      closeButtonProps={{ "aria-label": "Close" }}
    >
      {request && (
        <Stack gap="md">
          <Text size="sm">
            {request.personName} loses {request.what} at once. Their history is kept, and they can be invited again.
          </Text>
          {state.error && <ErrorAlert title="That didn't work" message={errorMessage(state.error)} />}
          {refused && <ErrorAlert title="Not revoked" message={refused} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={state.loading}>
              Keep it
            </Button>
            <Button color="red" loading={state.loading} onClick={() => void confirm()}>
              Revoke access
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
