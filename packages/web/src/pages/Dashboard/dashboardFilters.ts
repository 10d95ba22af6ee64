import { readChoice } from "../../features/filters/searchParams";
import {
  clearedFilters,
  criteriaOf,
  DEFAULT_INVITATION_FILTERS,
  invitationFilterCodec,
  withFilterChange,
  type InvitationCriteria,
  type InvitationFilters,
} from "../../features/invitations/invitationFilters";

export const TIME_STEPS = ["day", "week"] as const;
export type TimeStep = (typeof TIME_STEPS)[number];

/** What the Dashboard counts (the Invitations screen's filters, under the same URL names) and how its time graph steps. */
export interface DashboardFilters {
  criteria: InvitationCriteria;
  by: TimeStep;
}

export const dashboardFilterCodec = {
  parse(params: URLSearchParams): DashboardFilters {
    return { criteria: criteriaOf(invitationFilterCodec.parse(params)), by: readChoice(params, "by", TIME_STEPS, "day") };
  },
  serialise(f: DashboardFilters): URLSearchParams {
    const params = invitationFilterCodec.serialise(asInvitationFilters(f.criteria));
    if (f.by !== "day") params.set("by", f.by);
    return params;
  },
};

/** The criteria as the Invitations screen's filters (its filter pane and links take those). */
export function asInvitationFilters(criteria: InvitationCriteria): InvitationFilters {
  return { ...DEFAULT_INVITATION_FILTERS, ...criteria };
}

type Patch = Parameters<typeof withFilterChange>[1];

/** A change from the filter pane: a new product clears its role and cohort, as on the Invitations screen. */
export function withCriteriaChange(f: DashboardFilters, patch: Patch): DashboardFilters {
  return { ...f, criteria: criteriaOf(withFilterChange(asInvitationFilters(f.criteria), patch)) };
}

/** Every filter cleared; the time step stays. */
export function withoutCriteria(f: DashboardFilters): DashboardFilters {
  return { ...f, criteria: criteriaOf(clearedFilters(asInvitationFilters(f.criteria))) };
}

/**
 * The Invitations screen's people view with these criteria, narrowed by `patch` (a state, a school, a
 * product, sent dates): the people behind one bar of a graph.
 */
export function invitationsHref(criteria: InvitationCriteria, patch: Patch = {}): string {
  const filters = withFilterChange(asInvitationFilters(criteria), { ...patch, view: "people" });
  return `/invitations?${invitationFilterCodec.serialise(filters).toString()}`;
}
