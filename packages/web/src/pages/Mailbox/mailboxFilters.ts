import { buildParams, readChoice, readId } from "../../features/filters/searchParams";

export const MAILBOX_PAGE_SIZES = [25, 50, 100] as const;
export type MailboxPageSize = (typeof MAILBOX_PAGE_SIZES)[number];

export interface MailboxFilters {
  size: MailboxPageSize;
  /** The cursor the current page starts after; null on the first page. */
  after: string | null;
  /** The message being previewed. */
  open: string | null;
}

export const DEFAULT_MAILBOX_FILTERS: MailboxFilters = { size: 25, after: null, open: null };

export const mailboxFilterCodec = {
  parse(params: URLSearchParams): MailboxFilters {
    return {
      size: readChoice(params, "size", MAILBOX_PAGE_SIZES, DEFAULT_MAILBOX_FILTERS.size),
      after: readId(params, "after"),
      open: readId(params, "open"),
    };
  },
  serialise(f: MailboxFilters): URLSearchParams {
    return buildParams({ size: f.size, after: f.after, open: f.open }, { size: DEFAULT_MAILBOX_FILTERS.size });
  },
};
