/** The page sizes every cursor-paged list offers; the first is the default. */
export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** "Showing 26–50 of 312 staff"; the position is unknown on a bookmarked later page. */
export function pageSummary(opts: {
  pageIndex: number | null;
  size: number;
  shown: number;
  total: number;
  /** e.g. "staff", or (n) => plural(n, "invitation") */
  things: (total: number) => string;
}): string {
  const total = opts.things(opts.total);
  if (opts.shown === 0) return `Showing 0 of ${total}`;
  if (opts.pageIndex === null) return `Showing ${opts.shown.toLocaleString("en-GB")} of ${total}`;
  const first = opts.pageIndex * opts.size + 1;
  return `Showing ${first.toLocaleString("en-GB")}–${(first + opts.shown - 1).toLocaleString("en-GB")} of ${total}`;
}
