import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { CursorPager } from "../../ui/CursorPager";
import { PAGE_SIZES, pageSummary, type PageSize } from "./paging";
import type { CursorPaging } from "./useCursorPaging";

export const ConnectionPagerFragment = graphql(`
  fragment ConnectionPager_pageInfo on PageInfo {
    hasNextPage
    endCursor
  }
`);

interface Props {
  /** The list's connection: how many match, the rows on this page, where the next page starts. */
  connection: {
    totalCount: number;
    edges: readonly unknown[];
    pageInfo: FragmentType<typeof ConnectionPagerFragment>;
  };
  paging: CursorPaging;
  size: PageSize;
  onSizeChange: (size: PageSize) => void;
  /** Names the total, e.g. (n) => plural(n, "invitation"). */
  things: (total: number) => string;
}

/** The foot of a cursor-paged list: where you are in it, previous and next, and how many rows a page shows. */
export function ConnectionPager({ connection, paging, size, onSizeChange, things }: Props) {
  const pageInfo = getFragmentData(ConnectionPagerFragment, connection.pageInfo);
  return (
    <div style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}>
      <CursorPager
        summary={pageSummary({
          pageIndex: paging.pageIndex,
          size,
          shown: connection.edges.length,
          total: connection.totalCount,
          things,
        })}
        hasPrevious={paging.hasPrevious}
        hasNext={pageInfo.hasNextPage}
        onPrevious={paging.toPrevious}
        onNext={() => paging.toNext(pageInfo.endCursor)}
        pageSize={size}
        pageSizes={PAGE_SIZES}
        // CursorPager offers only PAGE_SIZES.
        onPageSizeChange={(next) => onSizeChange(next as PageSize)}
      />
    </div>
  );
}
