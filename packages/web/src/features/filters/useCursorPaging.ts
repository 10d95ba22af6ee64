import { useState } from "react";
import { useUrlFilters } from "./useUrlFilters";

/** History state: the cursors of the pages before this one, so "Previous" and the back button agree. */
export interface PagerState {
  previous: (string | null)[];
}

/** Where a cursor-paged list is and how to move through it, whether the URL or the component holds it. */
export interface CursorPaging {
  /** Pages before this one; null on a bookmarked later page, whose position is unknown. */
  pageIndex: number | null;
  hasPrevious: boolean;
  toPrevious: () => void;
  toNext: (endCursor: string | null | undefined) => void;
}

interface Codec<T> {
  parse: (params: URLSearchParams) => T;
  serialise: (filters: T) => URLSearchParams;
}

/**
 * URL filters for a cursor-paged list: the current page's cursor lives in the URL (`after`),
 * the cursors before it in the history entry.
 */
export function useCursorPaging<T extends { after: string | null }>(codec: Codec<T>) {
  const { filters, setFilters, state } = useUrlFilters<T, PagerState>(codec);
  const previous = state?.previous ?? [];
  // A bookmarked later page has no earlier cursors: its position is unknown and "Previous" goes to the start.
  const pageIndex = filters.after === null ? 0 : previous.length > 0 ? previous.length : null;

  return {
    filters,
    /** A new filter: paging starts again (the caller resets `after`). */
    setFilters: (next: T, options: { replace?: boolean } = {}) => setFilters(next, options),
    /** Something beside the list changes (e.g. an open drawer): stay on this page, "Previous" still works. */
    setFiltersOnThisPage: (next: T) => setFilters(next, { replace: true, state: { previous } }),
    pageIndex,
    hasPrevious: filters.after !== null,
    toPrevious: () => setFilters({ ...filters, after: previous.at(-1) ?? null }, { state: { previous: previous.slice(0, -1) } }),
    toNext: (endCursor: string | null | undefined) =>
      setFilters({ ...filters, after: endCursor ?? null }, { state: { previous: [...previous, filters.after] } }),
  };
}

/** The same paging held in component state, for a list inside a step or dialog rather than a page of its own. */
export function useLocalCursorPaging() {
  // The cursor of every page so far, this one's last (null: the first page).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors.at(-1) ?? null,
    /** A new filter or page size: back to the first page. */
    restart: () => setCursors([null]),
    pageIndex: cursors.length - 1,
    hasPrevious: cursors.length > 1,
    toPrevious: () => setCursors(cursors.slice(0, -1)),
    toNext: (endCursor: string | null | undefined) => setCursors([...cursors, endCursor ?? null]),
  };
}
