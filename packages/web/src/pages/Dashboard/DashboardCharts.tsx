import { Paper, SegmentedControl, SimpleGrid } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { ReactNode } from "react";
import type { InvitationCriteria } from "../../features/invitations/invitationFilters";
import { INVITATION_STATES } from "../../features/invitations/invitationState";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { InvitationState } from "../../gql/graphql";
import { ChartFigure, type ChartSeries } from "../../ui/ChartFigure";
import { invitationsHref, TIME_STEPS, type TimeStep } from "./dashboardFilters";
import {
  breakdownRows,
  formatDay,
  segmentStates,
  sentRange,
  stateRows,
  timeRows,
  type BreakdownRow,
  type TimeWindow,
} from "./statsRows";

export const DashboardChartsFragment = graphql(`
  fragment DashboardCharts_stats on InvitationStats {
    byState {
      state
      count
    }
    byDay {
      day
      sent
      accepted
    }
    bySchool {
      school {
        id
        name
      }
      total
      accepted
      pending
    }
    byProduct {
      product {
        id
        name
      }
      total
      accepted
      pending
    }
  }
`);

interface Props {
  stats: FragmentType<typeof DashboardChartsFragment>;
  criteria: InvitationCriteria;
  by: TimeStep;
  onStep: (by: TimeStep) => void;
  /** The days the time graph covers; null when none can hold a sent invitation. */
  window: TimeWindow | null;
  /** A school admin's invitations are all at their school: no graph by school. */
  bySchool: boolean;
}

// Shade 7 of each: 3:1 or more against the white card (WCAG 1.4.11); the legend, the tooltip and the table name each series too.
const SPLIT: ChartSeries[] = [
  { name: "accepted", label: "Accepted", color: "green.7" },
  { name: "pending", label: "Pending", color: "blue.7" },
  { name: "other", label: "Other (scheduled, declined, cancelled, expired)", color: "gray.6" },
];

const TIME_LABEL: Record<TimeStep, string> = { day: "By day", week: "By week" };

/** The four graphs: by state, over time, by school, by product. A bar leads to the people it counts. */
export function DashboardCharts({ stats: statsRef, criteria, by, onStep, window, bySchool }: Props) {
  const stats = getFragmentData(DashboardChartsFragment, statsRef);
  const states = stateRows(stats.byState);
  const time = window ? timeRows(stats.byDay, window, by) : [];
  const schools = breakdownRows(stats.bySchool.map((s) => ({ ...s, of: s.school })));
  const products = breakdownRows(stats.byProduct.map((p) => ({ ...p, of: p.product })));
  // The two graphs side by side (by state, over time) share a height, so their cards line up.
  const pairHeight = rowsHeight(INVITATION_STATES.length);

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Card>
        <ChartFigure
          title="Invitations by state"
          description="Where every invitation matching the filters stands now. Choose a bar to see those invitations."
          type="bar"
          layout="rows"
          labelWidth={96}
          height={pairHeight}
          data={states}
          dataKey="label"
          keyLabel="State"
          series={[{ name: "count", label: "Invitations", color: "lanyard.7" }]}
          href={(row) => invitationsHref(criteria, { states: [row["state"] as InvitationState] })}
        />
      </Card>
      <Card>
        <ChartFigure
          title={by === "day" ? "Sent and accepted by day" : "Sent and accepted by week"}
          description={
            window
              ? `Invitations sent, and invitations accepted, ${by === "day" ? "each day" : "each week"} from ${formatDay(window.from)} to ${formatDay(window.to)} (days in UTC). Choose a day's sent bar to see the invitations sent then.`
              : "The sent dates chosen are still to come: nothing has been sent in them yet."
          }
          type="bar"
          height={pairHeight}
          data={time}
          dataKey="key"
          keyLabel={by === "day" ? "Day" : "Week starting"}
          formatKey={(key) => formatDay(String(key))}
          series={[
            { name: "sent", label: "Sent", color: "lanyard.7" },
            { name: "accepted", label: "Accepted", color: "teal.7" },
          ]}
          // A day's accepted count is of invitations accepted that day, sent whenever: the list can't narrow to
          // those, so only the day and its sent count lead to the invitations sent then.
          href={(row, series) => (window && series !== "accepted" ? invitationsHref(criteria, sentRange(String(row["key"]), by, window)) : null)}
          controls={
            <SegmentedControl
              size="xs"
              aria-label="Time step"
              value={by}
              onChange={(value) => onStep(value as TimeStep)}
              data={TIME_STEPS.map((step) => ({ value: step, label: TIME_LABEL[step] }))}
            />
          }
        />
      </Card>
      {bySchool && <Breakdown of="school" data={schools} criteria={criteria} />}
      <Breakdown of="product" data={products} criteria={criteria} />
    </SimpleGrid>
  );
}

/** The height that gives each of `n` bars laid across room for its label. */
const rowsHeight = (n: number) => Math.max(160, 48 + 36 * n);

const BREAKDOWN = {
  school: { title: "Invitations by school", whose: "Each school's", keyLabel: "School" },
  product: { title: "Invitations by product", whose: "Each product's", keyLabel: "Product" },
} as const;

/** A school's or product's invitations as one bar split into accepted, pending and the rest; each part leads to its people. */
function Breakdown({ of, data, criteria }: { of: keyof typeof BREAKDOWN; data: BreakdownRow[]; criteria: InvitationCriteria }) {
  const { title, whose, keyLabel } = BREAKDOWN[of];
  // On a phone (or at 400 % zoom) names get less room, so the bars keep some.
  const narrow = useMediaQuery("(max-width: 36em)");
  return (
    <Card>
      <ChartFigure
        title={title}
        description={`${whose} invitations: accepted, pending and the rest. Choose a part of a bar to see those invitations.`}
        type="bar"
        stacked
        layout="rows"
        labelWidth={narrow ? 112 : 180}
        height={rowsHeight(data.length)}
        data={data}
        dataKey="name"
        keyLabel={keyLabel}
        series={SPLIT}
        href={(row, series) => {
          const narrowed = segmentStates(series, criteria.states);
          if (narrowed?.length === 0) return null;
          return invitationsHref(criteria, { [of]: String(row["id"]), ...(narrowed ? { states: narrowed } : {}) });
        }}
      />
    </Card>
  );
}

/** A graph's white card; it may shrink below its chart's width in the grid (the chart then redraws narrower). */
function Card({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder p="md" miw={0}>
      {children}
    </Paper>
  );
}
