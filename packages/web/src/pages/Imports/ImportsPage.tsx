import { Stack } from "@mantine/core";
import { ImportHistory } from "../../features/imports/ImportHistory";
import { UploadPanel } from "../../features/imports/UploadPanel";
import { useViewer, viewerSchool } from "../../features/session/viewer";
import { PageHeader } from "../../ui/PageHeader";
import { Panel } from "../../ui/Panel";
import { useUploadHandlers } from "./useUploadHandlers";

/** CSV import (rule 11): the template, the upload, and every import so far. */
export function ImportsPage() {
  const ownSchool = viewerSchool(useViewer());
  const handlers = useUploadHandlers();
  return (
    <>
      <PageHeader
        title="Import"
        description={`Invite people or update the staff roster ${ownSchool ? `of ${ownSchool.name} ` : ""}from a spreadsheet: download the template, fill it in, save it as CSV and upload it. Every row is checked first; nothing changes until you approve the preview.`}
      />
      <Stack gap="xl">
        <Panel p="lg">
          <UploadPanel title="Upload a file" {...handlers} />
        </Panel>
        <ImportHistory />
      </Stack>
    </>
  );
}
