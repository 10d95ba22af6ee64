import { Divider, Group, Loader, Paper, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { requestErrorMessage } from "../../features/api/graphqlRequest";
import { useQueryOnce } from "../../features/api/publicHooks";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PublicFrame } from "../../ui/PublicFrame";
import { AcceptActions } from "./AcceptActions";
import { Accepted } from "./Accepted";
import { AcceptPageQuery } from "./acceptOperations";
import { DeclineButton } from "./DeclineButton";
import { InvitationDetails } from "./InvitationDetails";
import { LinkProblem } from "./LinkProblem";
import { linkStatusCopy, whoToAsk } from "./linkStatus";
import type { InviteeUser } from "./types";

type Outcome = { kind: "accepted"; user: InviteeUser } | { kind: "declined" };

/**
 * What an invitee sees when they open their link. Opening it only reads (rule 9: mail scanners open links too);
 * only the buttons accept or decline.
 */
export function AcceptPage({ token }: { token: string }) {
  const { data, error, refetch } = useQueryOnce(AcceptPageQuery, { token });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const reload = () => void refetch();
  const invitation = data?.invitationByToken;

  // React hoists this into <head>: the token must not leak to other sites through the Referer header.
  const head = <meta name="referrer" content="no-referrer" />;
  const screen = invitation?.trustName ? `Your invitation from ${invitation.trustName}` : "Your invitation";
  // Until the invitation is here, its heading can't say who it's from.
  const plainHeading = (
    <Title order={1} fz={24} ta="center">
      Your invitation
    </Title>
  );

  if (error) {
    return (
      <PublicFrame title={screen} width={480}>
        {head}
        {plainHeading}
        <ErrorAlert title="Your invitation couldn't be loaded" message={requestErrorMessage(error)} onRetry={reload} />
      </PublicFrame>
    );
  }
  if (!invitation) {
    return (
      <PublicFrame title={screen} width={480}>
        {head}
        {plainHeading}
        <Group justify="center" py="xl">
          <Loader aria-label="Loading your invitation" />
        </Group>
      </PublicFrame>
    );
  }

  const footer = `Questions about this invitation? Ask ${whoToAsk(invitation.invitedBy, invitation.trustName)}.`;

  if (outcome?.kind === "accepted") {
    return (
      <PublicFrame title="Invitation accepted" width={520}>
        {head}
        <Accepted invitation={invitation} user={outcome.user} />
      </PublicFrame>
    );
  }
  if (outcome?.kind === "declined" || invitation.status !== "VALID") {
    return (
      <PublicFrame
        title={outcome ? "You declined the invitation" : linkStatusCopy(invitation.status).title}
        width={520}
        footer="Lanyard gives school staff access to the apps their trust uses."
      >
        {head}
        <LinkProblem
          status={outcome ? "DECLINED" : invitation.status}
          title={outcome ? "You declined the invitation" : undefined}
          message={outcome ? "Thanks for letting us know. Nothing else will happen." : invitation.message}
          showHint={outcome !== null || invitation.message === null}
          onRetry={invitation.status === "RATE_LIMITED" ? reload : undefined}
          invitedBy={invitation.invitedBy}
          trustName={invitation.trustName}
        />
      </PublicFrame>
    );
  }

  return (
    <PublicFrame title={screen} width={560} footer={footer}>
      {head}
      <Paper withBorder shadow="sm" radius="lg" p={{ base: 24, sm: 36 }}>
        <Stack gap={0}>
          <InvitationDetails invitation={invitation} />
          <Divider my="xl" />
          <AcceptActions
            token={token}
            invitation={invitation}
            currentUser={data.currentUser}
            onAccepted={(user) => setOutcome({ kind: "accepted", user })}
            onReload={reload}
          />
        </Stack>
      </Paper>
      <Group justify="center">
        <DeclineButton token={token} invitation={invitation} onDeclined={() => setOutcome({ kind: "declined" })} onLinkGone={reload} />
      </Group>
    </PublicFrame>
  );
}
