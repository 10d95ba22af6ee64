import "@mantine/dropzone/styles.css";
import { Alert, Anchor, Button, Group, Progress, Radio, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { Dropzone, type FileRejection } from "@mantine/dropzone";
import { IconAlertTriangle, IconFileDownload, IconFileUpload, IconUpload, IconX } from "@tabler/icons-react";
import { useEffect, useId, useRef, useState } from "react";
import type { ImportKind } from "../../gql/graphql";
import { announce } from "../../ui/announce";
import { IMPORT_KIND_DETAIL, IMPORT_KIND_LABEL } from "./importStatus";
import { CSV_ACCEPT, fileProblem, templateHref, uploadImport, type StartedImport } from "./upload";

const KINDS: readonly ImportKind[] = ["INVITATIONS", "STAFF"];

type UploadState =
  | { step: "idle" }
  | { step: "sending"; filename: string; fraction: number }
  | { step: "refused"; filename: string | null; message: string };

interface Props {
  /** The section's heading, e.g. "Upload a file" or "Upload the fixed file". */
  title: string;
  /** Shown under the heading. */
  description?: string;
  /** Set when the kind is already known (uploading a fixed file): no choice is offered. */
  kind?: ImportKind;
  /** The kind chosen at first when the choice is offered. */
  defaultKind?: ImportKind;
  /** The server has validated the file: show its status. */
  onUploaded: (started: StartedImport, kind: ImportKind) => void;
  /** The session ended mid-upload. */
  onUnauthenticated?: () => void;
}

/**
 * Choose what the file holds, get its template, then drop or choose the CSV file: it goes to the server with a
 * progress bar, and a refused file says why (the server's words), so it can be fixed and tried again.
 */
export function UploadPanel({ title, description, kind: fixedKind, defaultKind = "INVITATIONS", onUploaded, onUnauthenticated }: Props) {
  const [chosenKind, setChosenKind] = useState<ImportKind>(fixedKind ?? defaultKind);
  const kind = fixedKind ?? chosenKind;
  const [state, setState] = useState<UploadState>({ step: "idle" });
  const openRef = useRef<() => void>(null);
  const abortRef = useRef<AbortController | null>(null);
  const headingId = useId();
  const progressLabelId = useId();

  // Leaving the screen mid-upload stops it.
  useEffect(() => () => abortRef.current?.abort(), []);

  const send = async (file: File) => {
    const problem = fileProblem(file);
    if (problem) {
      setState({ step: "refused", filename: file.name, message: problem });
      return;
    }
    const controller = new AbortController();
    abortRef.current = controller;
    setState({ step: "sending", filename: file.name, fraction: 0 });
    announce(`Uploading ${file.name}.`);
    const outcome = await uploadImport({
      file,
      kind,
      signal: controller.signal,
      onProgress: (fraction) => setState((s) => (s.step === "sending" ? { ...s, fraction } : s)),
    });
    if (controller.signal.aborted) {
      setState({ step: "idle" });
      announce("Upload stopped.");
      return;
    }
    abortRef.current = null;
    if (outcome.ok) {
      setState({ step: "idle" });
      onUploaded(outcome.started, kind);
      return;
    }
    if (outcome.unauthenticated) onUnauthenticated?.();
    // The alert below is role="alert": it is read out as it appears.
    setState({ step: "refused", filename: file.name, message: outcome.message });
  };

  const onDrop = (files: File[]) => {
    const file = files[0];
    if (file) void send(file);
  };

  const onReject = (rejections: FileRejection[]) => {
    const rejected = rejections[0];
    if (!rejected) return;
    const { file } = rejected;
    const message =
      rejections.length > 1
        ? "Upload one file at a time."
        : (fileProblem(file) ?? rejected.errors[0]?.message ?? "This file can't be imported: choose a CSV file.");
    setState({ step: "refused", filename: file.name, message });
  };

  const sending = state.step === "sending";
  const percent = sending ? Math.round(state.fraction * 100) : 0;

  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <div>
        <Title order={2} fz="lg" id={headingId}>
          {title}
        </Title>
        {description && (
          <Text size="sm" c="dimmed" mt={4} maw={720}>
            {description}
          </Text>
        )}
      </div>

      {fixedKind ? null : (
        <Radio.Group
          label="What does the file hold?"
          value={kind}
          onChange={(value) => {
            setChosenKind(value as ImportKind);
            if (state.step === "refused") setState({ step: "idle" });
          }}
        >
          <Stack gap="sm" mt="xs">
            {KINDS.map((k) => (
              <Radio key={k} value={k} label={IMPORT_KIND_LABEL[k]} description={IMPORT_KIND_DETAIL[k]} disabled={sending} />
            ))}
          </Stack>
        </Radio.Group>
      )}

      <Anchor href={templateHref(kind)} download fw={600} size="sm" style={{ display: "inline-flex", alignItems: "center", gap: 6, alignSelf: "flex-start" }}>
        <IconFileDownload size={18} aria-hidden style={{ flexShrink: 0 }} />
        Download the {IMPORT_KIND_LABEL[kind].toLowerCase()} template (CSV)
      </Anchor>

      <Dropzone
        onDrop={onDrop}
        onReject={onReject}
        accept={CSV_ACCEPT}
        multiple={false}
        maxFiles={1}
        disabled={sending}
        openRef={openRef}
        // The "Choose file" button opens the file dialog: one control for the keyboard, not a focusable box as well.
        activateOnClick={false}
        activateOnKeyboard={false}
        // A plain <input type="file">, which every browser (and a test driving one) can fill.
        useFsAccessApi={false}
        radius="md"
        p="xl"
        inputProps={{ "aria-label": `${title}: CSV file` }}
      >
        <Stack align="center" gap="xs" ta="center" style={{ pointerEvents: "none" }}>
          <Dropzone.Accept>
            <ThemeIcon size={48} radius="xl" variant="light">
              <IconUpload size={26} aria-hidden />
            </ThemeIcon>
          </Dropzone.Accept>
          <Dropzone.Reject>
            <ThemeIcon size={48} radius="xl" variant="light" color="red">
              <IconX size={26} aria-hidden />
            </ThemeIcon>
          </Dropzone.Reject>
          <Dropzone.Idle>
            <ThemeIcon size={48} radius="xl" variant="light" color="gray">
              <IconFileUpload size={26} aria-hidden />
            </ThemeIcon>
          </Dropzone.Idle>
          <Text fw={600}>Drag a CSV file here</Text>
          <Text size="sm" c="dimmed">
            or
          </Text>
          <Button
            style={{ pointerEvents: "all" }}
            variant="light"
            leftSection={<IconFileUpload size={16} aria-hidden />}
            onClick={() => {
              if (!sending) openRef.current?.();
            }}
            // Not `disabled`: a disabled button drops the keyboard focus it has while the file goes.
            data-disabled={sending || undefined}
            aria-disabled={sending || undefined}
          >
            Choose file
          </Button>
          <Text size="xs" c="dimmed" maw={440}>
            A CSV file of up to 20 MB and 100,000 rows. Nothing is imported until you approve it.
          </Text>
        </Stack>
      </Dropzone>

      {sending && (
        <Stack gap={6}>
          <Group justify="space-between" gap="sm">
            <Text size="sm" id={progressLabelId}>
              {state.fraction < 1 ? `Uploading ${state.filename}… ${percent}%` : `Checking ${state.filename}…`}
            </Text>
            <Button size="xs" variant="default" onClick={() => abortRef.current?.abort()}>
              Stop upload
            </Button>
          </Group>
          <Progress.Root size="lg" radius="xl">
            <Progress.Section value={percent} animated={state.fraction >= 1} aria-labelledby={progressLabelId} />
          </Progress.Root>
        </Stack>
      )}

      {state.step === "refused" && (
        <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle size={20} />} title={state.filename ? `${state.filename} was not imported` : "The file was not imported"}>
          {state.message}
        </Alert>
      )}
    </Stack>
  );
}
