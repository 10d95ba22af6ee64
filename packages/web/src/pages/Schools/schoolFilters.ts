import { buildParams, readId, readText } from "../../features/filters/searchParams";
import type { SchoolFilter } from "../../gql/graphql";

export interface SchoolFilters {
  search: string;
  phase: string | null;
  /** A product id: only schools with an active subscription to it. */
  product: string | null;
}

export const EMPTY_SCHOOL_FILTERS: SchoolFilters = { search: "", phase: null, product: null };

export const schoolFilterCodec = {
  parse(params: URLSearchParams): SchoolFilters {
    return { search: readText(params, "q"), phase: readId(params, "phase"), product: readId(params, "product") };
  },
  serialise(f: SchoolFilters): URLSearchParams {
    return buildParams({ q: f.search, phase: f.phase, product: f.product });
  },
};

export function hasSchoolFilters(f: SchoolFilters): boolean {
  return f.search !== "" || f.phase !== null || f.product !== null;
}

/** The GraphQL filter; undefined when nothing is filtered. */
export function toSchoolFilterInput(f: SchoolFilters): SchoolFilter | undefined {
  if (!hasSchoolFilters(f)) return undefined;
  return {
    ...(f.search ? { search: f.search } : {}),
    ...(f.phase ? { phase: f.phase } : {}),
    ...(f.product ? { subscribedTo: f.product } : {}),
  };
}
