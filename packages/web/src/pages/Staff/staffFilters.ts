import { PAGE_SIZES, type PageSize } from "../../features/filters/paging";
import { buildParams, readChoice, readId, readText } from "../../features/filters/searchParams";
import type { StaffFilter } from "../../gql/graphql";

export interface StaffFilters {
  search: string;
  school: string | null;
  size: PageSize;
  /** The cursor the current page starts after; null on the first page. */
  after: string | null;
}

export const DEFAULT_STAFF_FILTERS: StaffFilters = { search: "", school: null, size: 25, after: null };

export const staffFilterCodec = {
  parse(params: URLSearchParams): StaffFilters {
    return {
      search: readText(params, "q"),
      school: readId(params, "school"),
      size: readChoice(params, "size", PAGE_SIZES, DEFAULT_STAFF_FILTERS.size),
      after: readId(params, "after"),
    };
  },
  serialise(f: StaffFilters): URLSearchParams {
    return buildParams(
      { q: f.search, school: f.school, size: f.size, after: f.after },
      { size: DEFAULT_STAFF_FILTERS.size },
    );
  },
};

/** Whether anything narrows the roster (paging doesn't). */
export function hasStaffFilters(f: StaffFilters): boolean {
  return f.search !== "" || f.school !== null;
}

/** The GraphQL filter; a school admin's own school is applied by the server anyway. */
export function toStaffFilterInput(f: StaffFilters): StaffFilter | undefined {
  if (!hasStaffFilters(f)) return undefined;
  return { ...(f.search ? { search: f.search } : {}), ...(f.school ? { schoolId: f.school } : {}) };
}

/** Changing what is filtered starts again from the first page. */
export function withFilterChange(f: StaffFilters, patch: Partial<Omit<StaffFilters, "after">>): StaffFilters {
  return { ...f, ...patch, after: null };
}
