import { Badge } from "@mantine/core";
import type { ImportStatus } from "../../gql/graphql";
import { IMPORT_STATUS_COLOR, IMPORT_STATUS_LABEL } from "./importStatus";

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  return (
    <Badge color={IMPORT_STATUS_COLOR[status]} variant="light" tt="none" fw={500} miw="max-content">
      {IMPORT_STATUS_LABEL[status]}
    </Badge>
  );
}
