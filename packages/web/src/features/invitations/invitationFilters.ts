import dayjs from "dayjs";
import { PAGE_SIZES, type PageSize } from "../filters/paging";
import { buildParams, readChoice, readId, readText } from "../filters/searchParams";
import type { DeliveryState, InvitationFilter, InvitationState } from "../../gql/graphql";
import { DELIVERY_STATES, INVITATION_STATES } from "./invitationState";

export const INVITATION_VIEWS = ["organisation", "people"] as const;
export type InvitationView = (typeof INVITATION_VIEWS)[number];

export interface InvitationFilters {
  view: InvitationView;
  search: string;
  states: InvitationState[];
  product: string | null;
  /** A role of `product`: meaningless without it. */
  role: string | null;
  /** A cohort of `product`: meaningless without it. */
  cohort: string | null;
  school: string | null;
  /** Calendar days, YYYY-MM-DD, both inclusive. */
  sentFrom: string | null;
  sentTo: string | null;
  delivery: DeliveryState | null;
  /** Only SCHEDULED or PENDING. */
  unresolved: boolean;
  size: PageSize;
  /** The cursor the current page starts after; null on the first page. */
  after: string | null;
  /** The invitation whose details drawer is open. */
  open: string | null;
}

export const DEFAULT_INVITATION_FILTERS: InvitationFilters = {
  view: "organisation",
  search: "",
  states: [],
  product: null,
  role: null,
  cohort: null,
  school: null,
  sentFrom: null,
  sentTo: null,
  delivery: null,
  unresolved: false,
  size: 25,
  after: null,
  open: null,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function readDay(params: URLSearchParams, key: string): string | null {
  const value = readText(params, key);
  // dayjs rolls "2026-13-45" over into a later date: only a date that reads back unchanged is real.
  return DAY.test(value) && dayjs(value).format("YYYY-MM-DD") === value ? value : null;
}

function readStates(params: URLSearchParams): InvitationState[] {
  const wanted = new Set(readText(params, "states").split(",").map((s) => s.trim().toUpperCase()));
  // Kept in lifecycle order, without duplicates or unknown names.
  return INVITATION_STATES.filter((s) => wanted.has(s));
}

export const invitationFilterCodec = {
  parse(params: URLSearchParams): InvitationFilters {
    const product = readId(params, "product");
    return {
      view: readChoice(params, "view", INVITATION_VIEWS, DEFAULT_INVITATION_FILTERS.view),
      search: readText(params, "q"),
      states: readStates(params),
      product,
      role: product ? readId(params, "role") : null,
      cohort: product ? readId(params, "cohort") : null,
      school: readId(params, "school"),
      sentFrom: readDay(params, "from"),
      sentTo: readDay(params, "to"),
      delivery: readChoice<DeliveryState | "">(params, "delivery", DELIVERY_STATES, "") || null,
      unresolved: params.get("unresolved") === "1",
      size: readChoice(params, "size", PAGE_SIZES, DEFAULT_INVITATION_FILTERS.size),
      after: readId(params, "after"),
      open: readId(params, "open"),
    };
  },
  serialise(f: InvitationFilters): URLSearchParams {
    return buildParams(
      {
        view: f.view,
        q: f.search,
        states: f.states.join(","),
        product: f.product,
        role: f.role,
        cohort: f.cohort,
        school: f.school,
        from: f.sentFrom,
        to: f.sentTo,
        delivery: f.delivery,
        unresolved: f.unresolved ? "1" : null,
        size: f.size,
        after: f.after,
        open: f.open,
      },
      { view: DEFAULT_INVITATION_FILTERS.view, size: DEFAULT_INVITATION_FILTERS.size },
    );
  },
};

/** The parts of the filters that narrow which invitations match (not view, paging or the drawer). */
export type InvitationCriteria = Omit<InvitationFilters, "view" | "size" | "after" | "open">;

export function criteriaOf(f: InvitationFilters): InvitationCriteria {
  return {
    search: f.search,
    states: f.states,
    product: f.product,
    role: f.role,
    cohort: f.cohort,
    school: f.school,
    sentFrom: f.sentFrom,
    sentTo: f.sentTo,
    delivery: f.delivery,
    unresolved: f.unresolved,
  };
}

/** Whether anything narrows the list. */
export function hasInvitationFilters(f: InvitationFilters): boolean {
  return toInvitationFilterInput(f) !== undefined;
}

/** A stable key for "the same set of matching invitations": a selection belongs to one. */
export function criteriaKey(f: InvitationFilters): string {
  return JSON.stringify(criteriaOf(f));
}

/** The GraphQL filter; undefined when nothing is filtered. Dates cover whole local days. */
export function toInvitationFilterInput(f: InvitationFilters): InvitationFilter | undefined {
  const filter: InvitationFilter = {
    ...(f.search ? { search: f.search } : {}),
    ...(f.states.length > 0 ? { states: [...f.states] } : {}),
    ...(f.product ? { productId: f.product } : {}),
    ...(f.product && f.role ? { roleId: f.role } : {}),
    ...(f.product && f.cohort ? { cohortId: f.cohort } : {}),
    ...(f.school ? { schoolId: f.school } : {}),
    ...(f.sentFrom ? { sentFrom: dayjs(f.sentFrom).startOf("day").toISOString() } : {}),
    ...(f.sentTo ? { sentTo: dayjs(f.sentTo).endOf("day").toISOString() } : {}),
    ...(f.delivery ? { delivery: f.delivery } : {}),
    ...(f.unresolved ? { unresolved: true } : {}),
  };
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/**
 * Changing what is filtered starts again from the first page and closes the drawer; a new
 * product clears its role and cohort, which belong to the old one.
 */
export function withFilterChange(
  f: InvitationFilters,
  patch: Partial<Omit<InvitationFilters, "after" | "open">>,
): InvitationFilters {
  const productChanged = "product" in patch && patch.product !== f.product;
  return {
    ...f,
    ...(productChanged ? { role: null, cohort: null } : {}),
    ...patch,
    after: null,
    open: null,
  };
}

/** Every filter cleared; the view and page size stay. */
export function clearedFilters(f: InvitationFilters): InvitationFilters {
  return { ...DEFAULT_INVITATION_FILTERS, view: f.view, size: f.size };
}

/** The organisation view's "see these people": the same filters, narrowed to one school. */
export function peopleAtSchool(f: InvitationFilters, schoolId: string): InvitationFilters {
  return withFilterChange(f, { view: "people", school: schoolId });
}
