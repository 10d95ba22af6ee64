import { useQuery } from "@apollo/client/react";
import { Paper, SimpleGrid, Skeleton, Text, Title } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { Link } from "react-router";
import { errorMessage } from "../../features/api/errors";
import { toInvitationFilterInput, type InvitationCriteria } from "../../features/invitations/invitationFilters";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { asInvitationFilters, invitationsHref } from "./dashboardFilters";
import { expiringRange, formatHours, formatRate, headline } from "./statsRows";

export const HeadlineNumbersFragment = graphql(`
  fragment HeadlineNumbers_stats on InvitationStats {
    total
    acceptanceRate
    medianHoursToAccept
    byState {
      state
      count
    }
  }
`);

// Its own query: the count needs a filter on expiry, and the rest of the screen shouldn't wait for it or fail with it.
export const ExpiringSoonQuery = graphql(`
  query DashboardExpiringSoon($filter: InvitationFilter!) {
    invitations(first: 1, filter: $filter) {
      totalCount
    }
  }
`);

interface Props {
  stats: FragmentType<typeof HeadlineNumbersFragment>;
  /** Invitations whose latest email failed, under the same filters; null while unknown. */
  deliveryFailures: number | null;
  criteria: InvitationCriteria;
}

const count = (n: number) => n.toLocaleString("en-GB");

/** The six numbers a trust leader looks at first; each that lists people leads to them. */
export function HeadlineNumbers({ stats: statsRef, deliveryFailures, criteria }: Props) {
  const stats = headline(getFragmentData(HeadlineNumbersFragment, statsRef));
  const toList = (patch: Parameters<typeof invitationsHref>[1]) => invitationsHref(criteria, patch);
  return (
    <section aria-labelledby="dashboard-headline">
      <Title order={2} id="dashboard-headline" fz="lg" mb="sm">
        At a glance
      </Title>
      <SimpleGrid component="ul" cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="md" p={0} m={0} style={{ listStyle: "none" }}>
        <Tile label="Invited" value={count(stats.invited)} note="Every invitation matching the filters" href={toList({})} />
        <Tile label="Accepted" value={count(stats.accepted)} note="Said yes and have their access" href={toList({ states: ["ACCEPTED"] })} />
        <Tile
          label="Acceptance rate"
          value={formatRate(stats.acceptanceRate)}
          note={
            stats.medianHoursToAccept === null
              ? "Of those sent, not counting cancelled"
              : `Of those sent, not counting cancelled; half accept within ${formatHours(stats.medianHoursToAccept)}`
          }
        />
        <Tile label="Pending" value={count(stats.pending)} note="Sent, waiting for an answer" href={toList({ states: ["PENDING"] })} />
        <ExpiringSoon criteria={criteria} />
        <Tile
          label="Delivery failures"
          value={deliveryFailures === null ? "—" : count(deliveryFailures)}
          note="The latest email didn't arrive"
          href={deliveryFailures ? toList({ delivery: "FAILED" }) : undefined}
        />
      </SimpleGrid>
    </section>
  );
}

/** Pending invitations whose link stops working within 7 days: the ones to chase now. */
function ExpiringSoon({ criteria }: { criteria: InvitationCriteria }) {
  // One moment per visit, so the query's variables stay the same from render to render.
  const [now] = useState(() => new Date());
  const pendingShown = criteria.states.length === 0 || criteria.states.includes("PENDING");
  const filter = { ...toInvitationFilterInput(asInvitationFilters(criteria)), states: ["PENDING" as const], ...expiringRange(now) };
  const { data, error } = useQuery(ExpiringSoonQuery, { variables: { filter }, skip: !pendingShown });
  const note = "Pending, and the link stops working within 7 days";
  if (!pendingShown) return <Tile label="Expiring in 7 days" value="0" note={note} />;
  if (error) return <Tile label="Expiring in 7 days" value="—" note={`Couldn't be counted: ${errorMessage(error)}`} />;
  if (!data) return <Tile label="Expiring in 7 days" value={null} note={note} />;
  return <Tile label="Expiring in 7 days" value={count(data.invitations.totalCount)} note={note} />;
}

interface TileProps {
  label: string;
  /** null while it loads. */
  value: string | null;
  note: ReactNode;
  /** The invitations behind the number. */
  href?: string;
}

function Tile({ label, value, note, href }: TileProps) {
  const body = (
    <>
      <Text size="sm" fw={600} c="dimmed" style={{ display: "flex", alignItems: "center", gap: 4 }}>
        {label}
        {href && <IconArrowRight size={14} aria-hidden />}
      </Text>
      {value === null ? (
        <Skeleton height={34} width={80} my={2} aria-label={`${label}: loading`} />
      ) : (
        <Text fz={30} fw={700} lh={1.25} style={{ fontVariantNumeric: "tabular-nums" }}>
          {value}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {note}
      </Text>
    </>
  );
  return (
    <li>
      {href ? (
        // The whole tile is the link, named by its label and number ("Pending 212"); it says so with an arrow and on hover.
        <Paper component={Link} to={href} withBorder p="md" className="lanyard-card-link">
          {body}
        </Paper>
      ) : (
        <Paper withBorder p="md" h="100%">
          {body}
        </Paper>
      )}
    </li>
  );
}
