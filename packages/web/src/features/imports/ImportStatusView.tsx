import { Alert, Anchor, Button, Group, Loader, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconCircleX, IconFileDownload, IconInfoCircle, IconListCheck } from "@tabler/icons-react";
import { useEffect, useRef, type ReactNode } from "react";
import { Link } from "react-router";
import type { ImportKind, ImportStatusQuery } from "../../gql/graphql";
import { announce } from "../../ui/announce";
import { plural } from "../../ui/format";
import { Panel } from "../../ui/Panel";
import { ApproveImport } from "./ApproveImport";
import { ImportCounts } from "./ImportCounts";
import { ImportErrorsTable } from "./ImportErrorsTable";
import { ImportSkippedTable } from "./ImportSkippedTable";
import { ImportUpdatedTable } from "./ImportUpdatedTable";
import { importView, statusAnnouncement, statusHeading } from "./importStatus";
import { errorFileHref, type StartedImport } from "./upload";
import { UploadPanel } from "./UploadPanel";

export type ImportDetails = NonNullable<ImportStatusQuery["import"]>;

interface Props {
  imp: ImportDetails;
  /** Just uploaded: the status heading takes focus and the outcome is announced as soon as it shows. */
  focusOnLoad: boolean;
  /** A fixed file was uploaded from the errors view. */
  onUploaded: (started: StartedImport, kind: ImportKind) => void;
  onUnauthenticated?: () => void;
}

/**
 * Where an import is and what to do next: its problems (INVALID), its preview to approve or reject (READY),
 * or what it did (COMMITTED). Each change of status moves focus to the heading that names it and says it aloud.
 */
export function ImportStatusView({ imp, focusOnLoad, onUploaded, onUnauthenticated }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStatus = useRef<string | null>(null);
  const view = importView(imp.status);

  useEffect(() => {
    const before = shownStatus.current;
    shownStatus.current = imp.status;
    if (before === imp.status || (before === null && !focusOnLoad)) return;
    headingRef.current?.focus();
    announce(statusAnnouncement(imp), view === "errors" || view === "failed" ? "assertive" : "polite");
  }, [imp, focusOnLoad, view]);

  const heading = (
    <Title order={2} fz="xl" ref={headingRef} tabIndex={-1}>
      {statusHeading(imp)}
    </Title>
  );

  switch (view) {
    case "checking":
    case "committing":
      return (
        <Panel p="lg">
          <Group gap="md" wrap="nowrap" aria-busy="true">
            <Loader size="sm" aria-hidden />
            <Stack gap={2}>
              {heading}
              <Text size="sm" c="dimmed">
                {view === "checking"
                  ? `Lanyard is checking every row of ${imp.filename}. This page updates by itself.`
                  : "Every row is being written in one go, and the emails queued. This page updates by itself."}
              </Text>
            </Stack>
          </Group>
        </Panel>
      );

    case "errors":
      return (
        <Stack gap="xl">
          <Panel>
            <Stack gap="sm" p="lg">
              <Group gap="md" wrap="nowrap" align="flex-start">
                <ThemeIcon size={44} radius="xl" variant="light" color="red">
                  <IconAlertTriangle size={24} aria-hidden />
                </ThemeIcon>
                <Stack gap={4}>
                  {heading}
                  <Text size="sm">
                    Nothing was imported: {imp.filename} has {plural(imp.errorCount, "problem")} in {plural(imp.rowCount, "row")}. Fix each one in
                    your spreadsheet, save it as CSV and upload it again below. Rows are numbered as your spreadsheet numbers them (the header is
                    row 1).
                  </Text>
                  <Anchor
                    href={errorFileHref(imp.id)}
                    download
                    fw={600}
                    size="sm"
                    style={{ display: "inline-flex", alignItems: "center", gap: 6, alignSelf: "flex-start" }}
                  >
                    <IconFileDownload size={18} aria-hidden style={{ flexShrink: 0 }} />
                    Download the file with errors (CSV)
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    Your rows as you uploaded them, with an <strong>error</strong> column saying what to fix on each. Fix the rows, delete the
                    error column, and upload the file again.
                  </Text>
                </Stack>
              </Group>
            </Stack>
            <ImportErrorsTable importId={imp.id} errorCount={imp.errorCount} filename={imp.filename} />
          </Panel>
          <Panel p="lg">
            <UploadPanel
              title="Upload the fixed file"
              description="Once every problem is fixed, upload the file again: it is checked afresh and nothing is imported until you approve it."
              kind={imp.kind}
              onUploaded={onUploaded}
              {...(onUnauthenticated ? { onUnauthenticated } : {})}
            />
          </Panel>
        </Stack>
      );

    case "preview":
      return (
        <Stack gap="xl">
          <Panel p="lg">
            <Stack gap="lg">
              <Group gap="md" wrap="nowrap" align="flex-start">
                <ThemeIcon size={44} radius="xl" variant="light" color="blue">
                  <IconListCheck size={24} aria-hidden />
                </ThemeIcon>
                <Stack gap={4}>
                  {heading}
                  <Text size="sm">
                    Every row of {imp.filename} is valid ({plural(imp.rowCount, "row")}). Nothing has changed yet: this is what approving will do.
                  </Text>
                </Stack>
              </Group>
              {imp.preview && <ImportCounts counts={imp.preview} kind={imp.kind} />}
              <ApproveImport importId={imp.id} kind={imp.kind} filename={imp.filename} />
            </Stack>
          </Panel>
          {imp.preview && imp.preview.update > 0 && (
            <RowsSection
              id={`updated-${imp.id}`}
              title={`${plural(imp.preview.update, "row")} will update what exists`}
              description={
                imp.kind === "STAFF"
                  ? "These people are on the roster already; approving changes what differs in the file."
                  : "These rows are invitations that exist already; approving changes what differs in the file."
              }
            >
              <ImportUpdatedTable importId={imp.id} kind={imp.kind} updateCount={imp.preview.update} filename={imp.filename} />
            </RowsSection>
          )}
          {imp.preview && imp.preview.skipped > 0 && (
            <RowsSection
              id={`skipped-${imp.id}`}
              title={`${plural(imp.preview.skipped, "row")} will be skipped`}
              description="Approving leaves these rows out and changes nothing for them. If one should go ahead, fix it in your spreadsheet (or in Lanyard) and upload the file again."
            >
              <ImportSkippedTable importId={imp.id} skippedCount={imp.preview.skipped} filename={imp.filename} />
            </RowsSection>
          )}
        </Stack>
      );

    case "result":
      return (
        <Panel p="lg">
          <Stack gap="lg">
            <Group gap="md" wrap="nowrap" align="flex-start">
              <ThemeIcon size={44} radius="xl" variant="light" color="green">
                <IconCircleCheck size={24} aria-hidden />
              </ThemeIcon>
              <Stack gap={4}>
                {heading}
                <Text size="sm">
                  {imp.kind === "INVITATIONS"
                    ? `${imp.filename} is imported. Follow each invitation on the Invitations screen until it is accepted.`
                    : `${imp.filename} is imported into the staff roster.`}
                </Text>
              </Stack>
            </Group>
            {imp.preview && <ImportCounts counts={imp.preview} kind={imp.kind} done />}
            <Group gap="sm">
              {imp.kind === "INVITATIONS" ? (
                <Button component={Link} to="/invitations">
                  Go to Invitations
                </Button>
              ) : (
                <Button component={Link} to="/staff">
                  Go to the staff roster
                </Button>
              )}
              <Button component={Link} to="/imports" variant="default">
                Import another file
              </Button>
            </Group>
          </Stack>
        </Panel>
      );

    case "rejected":
    case "failed":
      return (
        <Panel p="lg">
          <Stack gap="md">
            <Group gap="md" wrap="nowrap" align="flex-start">
              <ThemeIcon size={44} radius="xl" variant="light" color={view === "failed" ? "red" : "gray"}>
                {view === "failed" ? <IconCircleX size={24} aria-hidden /> : <IconInfoCircle size={24} aria-hidden />}
              </ThemeIcon>
              <Stack gap={4}>
                {heading}
                <Text size="sm">
                  {view === "failed"
                    ? `Nothing in ${imp.filename} was imported and nobody was emailed. Upload the file again; if it fails again, tell your Lanyard administrator.`
                    : `Nothing in ${imp.filename} was imported and nobody was emailed.`}
                </Text>
              </Stack>
            </Group>
            {view === "failed" && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />}>
                The import could not be committed, so none of its rows were written.
              </Alert>
            )}
            <Group>
              <Button component={Link} to="/imports" variant="default">
                Import a file
              </Button>
            </Group>
          </Stack>
        </Panel>
      );
  }
}

/** A titled panel of the preview's rows (to update, to skip), named for assistive tech by its title. */
function RowsSection({ id, title, description, children }: { id: string; title: string; description: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Panel>
        <Stack gap={4} p="lg">
          <Title order={3} fz="lg" id={id}>
            {title}
          </Title>
          <Text size="sm">{description}</Text>
        </Stack>
        {children}
      </Panel>
    </section>
  );
}
