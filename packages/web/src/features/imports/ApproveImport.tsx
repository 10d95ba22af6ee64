import { useMutation } from "@apollo/client/react";
import { Button, Group, Modal, Radio, Stack, Text } from "@mantine/core";
import { DateTimePicker } from "@mantine/dates";
import { IconCheck, IconX } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useState } from "react";
import type { ImportKind } from "../../gql/graphql";
import { clearButtonProps } from "../../ui/clearButtonProps";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { errorMessage } from "../api/errors";
import { UserErrors } from "../invite/UserErrors";
import { resolveTiming } from "../invite/timing";
import { ApproveImportMutation, forgetImportHistory, forgetStaleAfterApprove, RejectImportMutation } from "./operations";

interface Props {
  importId: string;
  kind: ImportKind;
  filename: string;
}

/** A ready import's decision: approve (notify now or at a set time) or reject, after a confirmation. */
export function ApproveImport({ importId, kind, filename }: Props) {
  const [mode, setMode] = useState<"now" | "schedule">("now");
  const [sendAt, setSendAt] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [confirmReject, setConfirmReject] = useState(false);
  const [approve, approveState] = useMutation(ApproveImportMutation, { update: forgetStaleAfterApprove });
  const [reject, rejectState] = useMutation(RejectImportMutation, { update: forgetImportHistory });
  // Only invitations send emails: a staff import has nothing to schedule.
  const sendsEmails = kind === "INVITATIONS";
  const timing = resolveTiming({ mode: sendsEmails ? mode : "now", sendAt, customExpiry: false, expiresOn: null }, 30);
  const busy = approveState.loading || rejectState.loading;
  const payloadErrors = approveState.data?.approveImport.errors ?? rejectState.data?.rejectImport.errors ?? [];

  const onApprove = async () => {
    setTried(true);
    if (timing.problem) return;
    // The status view follows the import's new status from the cache, moves focus to it and announces it.
    await approve({ variables: { id: importId, sendAt: timing.sendAt } }).catch(() => null);
  };

  const onReject = async () => {
    const result = await reject({ variables: { id: importId } }).catch(() => null);
    if (result?.data) setConfirmReject(false);
  };

  return (
    <Stack gap="md">
      {sendsEmails && (
        <Radio.Group label="When should the invitation emails go out?" value={mode} onChange={(v) => setMode(v as "now" | "schedule")}>
          <Stack gap="sm" mt="xs">
            <Radio value="now" label="Notify now" description="Emails go out as soon as you approve." />
            <Radio value="schedule" label="Schedule" description="Emails go out at a date and time you choose." />
          </Stack>
        </Radio.Group>
      )}
      {sendsEmails && mode === "schedule" && (
        <DateTimePicker
          maw={340}
          label="Send at"
          placeholder="Choose a date and time"
          valueFormat="D MMM YYYY, HH:mm"
          minDate={dayjs().format("YYYY-MM-DD")}
          value={sendAt}
          onChange={setSendAt}
          clearable
          clearButtonProps={clearButtonProps("Clear send time")}
          required
          error={tried && timing.problem ? timing.problem : undefined}
        />
      )}

      {approveState.error && <ErrorAlert title="The import wasn't approved" message={errorMessage(approveState.error)} />}
      <UserErrors errors={payloadErrors} title="That wasn't done" />

      <Group gap="sm">
        <Button leftSection={<IconCheck size={16} aria-hidden />} loading={approveState.loading} disabled={busy} onClick={() => void onApprove()}>
          {sendsEmails && mode === "schedule" ? "Approve and schedule" : "Approve import"}
        </Button>
        <Button variant="default" color="red" leftSection={<IconX size={16} aria-hidden />} disabled={busy} onClick={() => setConfirmReject(true)}>
          Reject
        </Button>
      </Group>

      <Modal
        opened={confirmReject}
        onClose={() => {
          rejectState.reset();
          setConfirmReject(false);
        }}
        title={<Text span fw={650}>Reject this import?</Text>}
        centered
        closeButtonProps={{ "aria-label": "Close" }}
      >
        <Stack gap="md">
          <Text size="sm">
            Nothing in {filename} will be imported and nobody is emailed. To import it later, upload the file again.
          </Text>
          {rejectState.error && <ErrorAlert title="The import wasn't rejected" message={errorMessage(rejectState.error)} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirmReject(false)} disabled={rejectState.loading}>
              Keep it
            </Button>
            <Button color="red" loading={rejectState.loading} onClick={() => void onReject()}>
              Reject import
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
