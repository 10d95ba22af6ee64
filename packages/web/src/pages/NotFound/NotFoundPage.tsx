import { useNavigate } from "react-router";
import { IconMapQuestion } from "@tabler/icons-react";
import { EmptyState } from "../../ui/EmptyState";
import { Panel } from "../../ui/Panel";

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Panel>
      <EmptyState
        icon={<IconMapQuestion size={24} stroke={1.6} />}
        title="There's no page here"
        titleOrder={1}
        description="The link may be old or mistyped."
        actionLabel="Go to Schools & subscriptions"
        onAction={() => void navigate("/schools")}
      />
    </Panel>
  );
}
