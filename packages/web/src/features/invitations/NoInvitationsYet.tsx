import { IconMailOff } from "@tabler/icons-react";
import { useNavigate } from "react-router";
import { EmptyState } from "../../ui/EmptyState";

/** Nothing to show because nobody has been invited yet (not because of a filter): start with the wizard. */
export function NoInvitationsYet({ description }: { description: string }) {
  const navigate = useNavigate();
  return (
    <EmptyState
      icon={<IconMailOff size={24} stroke={1.6} />}
      title="No invitations yet"
      description={description}
      actionLabel="New invitation"
      onAction={() => void navigate("/invite")}
    />
  );
}
