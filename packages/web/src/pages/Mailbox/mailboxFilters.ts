import { PAGE_SIZES, type PageSize } from "../../features/filters/paging";
import { buildParams, readChoice, readId } from "../../features/filters/searchParams";

export interface MailboxFilters {
  size: PageSize;
  /** The cursor the current page starts after; null on the first page. */
  after: string | null;
  /** The message being previewed. */
  open: string | null;
}

export const DEFAULT_MAILBOX_FILTERS: MailboxFilters = { size: 25, after: null, open: null };

export const mailboxFilterCodec = {
  parse(params: URLSearchParams): MailboxFilters {
    return {
      size: readChoice(params, "size", PAGE_SIZES, DEFAULT_MAILBOX_FILTERS.size),
      after: readId(params, "after"),
      open: readId(params, "open"),
    };
  },
  serialise(f: MailboxFilters): URLSearchParams {
    return buildParams({ size: f.size, after: f.after, open: f.open }, { size: DEFAULT_MAILBOX_FILTERS.size });
  },
};
