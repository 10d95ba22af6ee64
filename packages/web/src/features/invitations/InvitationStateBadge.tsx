import { Badge } from "@mantine/core";
import type { InvitationState } from "../../gql/graphql";
import { STATE_COLOR, STATE_LABEL } from "./invitationState";

export function InvitationStateBadge({ state, size = "md" }: { state: InvitationState; size?: "sm" | "md" | "lg" }) {
  return (
    <Badge color={STATE_COLOR[state]} variant="light" tt="none" fw={500} size={size} miw="max-content">
      {STATE_LABEL[state]}
    </Badge>
  );
}
