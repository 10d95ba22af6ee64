import { useQuery } from "@apollo/client/react";
import { Anchor, Group, Skeleton } from "@mantine/core";
import { useEffect } from "react";
import { IconArrowLeft, IconFileOff } from "@tabler/icons-react";
import { Link, useLocation, useParams } from "react-router";
import { errorMessage } from "../../features/api/errors";
import { ImportStatusBadge } from "../../features/imports/ImportStatusBadge";
import { IMPORT_KIND_LABEL, isInProgress } from "../../features/imports/importStatus";
import { ImportStatusView } from "../../features/imports/ImportStatusView";
import { ImportStatusQuery } from "../../features/imports/operations";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { formatDateTime, plural } from "../../ui/format";
import { PageHeader } from "../../ui/PageHeader";
import { Panel } from "../../ui/Panel";
import { useUploadHandlers, type ImportRouteState } from "./useUploadHandlers";

/** While the server checks a file or commits it, the screen asks again this often. */
const POLL_MS = 1000;

const backLink = (
  <Anchor component={Link} to="/imports" size="sm" c="dimmed">
    <Group gap={4}>
      <IconArrowLeft size={14} aria-hidden />
      Import
    </Group>
  </Anchor>
);

/** One import: its problems, its preview to approve, or its result (`/imports/:id`). */
export function ImportPage() {
  const { id = "" } = useParams();
  const location = useLocation();
  const uploaded = (location.state as ImportRouteState | null)?.uploaded === true;
  const handlers = useUploadHandlers();
  const { data, error, loading, refetch, startPolling, stopPolling } = useQuery(ImportStatusQuery, { variables: { id } });
  const imp = data?.import;
  const polling = imp ? isInProgress(imp.status) : false;
  useEffect(() => {
    if (!polling) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [polling, startPolling, stopPolling]);

  if (error) {
    return (
      <>
        <PageHeader above={backLink} title="Import" />
        <ErrorAlert title="This import couldn't be loaded" message={errorMessage(error)} onRetry={() => void refetch()} />
      </>
    );
  }
  if (loading && !imp) {
    return (
      <>
        <PageHeader above={backLink} screen="Import" title={<Skeleton height={28} width={320} radius="sm" />} />
        <Panel p="lg" aria-busy="true">
          <Skeleton height={24} width="40%" mb="md" />
          <Skeleton height={14} width="70%" />
        </Panel>
      </>
    );
  }
  if (!imp) {
    // Another school's import and a mistyped link look the same, on purpose.
    return (
      <>
        <PageHeader above={backLink} title="Import not found" />
        <Panel>
          <EmptyState
            icon={<IconFileOff size={24} stroke={1.6} />}
            title="There's no import here"
            description="The link may be mistyped, or the import belongs to another school. Pick one from the import history instead."
          />
        </Panel>
      </>
    );
  }

  return (
    <>
      <PageHeader
        above={backLink}
        title={imp.filename}
        description={`${IMPORT_KIND_LABEL[imp.kind]} import of ${plural(imp.rowCount, "row")}, uploaded ${formatDateTime(imp.createdAt)}.`}
        actions={<ImportStatusBadge status={imp.status} />}
      />
      <ImportStatusView key={imp.id} imp={imp} focusOnLoad={uploaded} {...handlers} />
    </>
  );
}
