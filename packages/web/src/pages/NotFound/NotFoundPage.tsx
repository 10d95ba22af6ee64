import { useNavigate } from "react-router";
import { IconMapQuestion } from "@tabler/icons-react";
import { EmptyState } from "../../ui/EmptyState";
import { PageHeader } from "../../ui/PageHeader";
import { Panel } from "../../ui/Panel";

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title="Page not found" />
      <Panel>
        <EmptyState
          icon={<IconMapQuestion size={24} stroke={1.6} />}
          title="There's no page here"
          description="The link may be old or mistyped."
          actionLabel="Go to the Dashboard"
          onAction={() => void navigate("/")}
        />
      </Panel>
    </>
  );
}
