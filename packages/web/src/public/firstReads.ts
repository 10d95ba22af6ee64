import type { PublicPage } from "@lanyard/shared";
import { startFirstRead, type FirstRead } from "../features/api/firstReads";
import { AcceptPageQuery } from "../pages/Accept/acceptOperations";

/**
 * What each public page reads as it opens, started by the entry script while the page's code is
 * still on its way, so the answer is there when the page first renders (no loading state, no shift).
 * Opening a link only reads (rule 9): never a mutation here.
 */
const FIRST_READS: Partial<Record<PublicPage, (params: Record<string, string | undefined>) => FirstRead>> = {
  "/accept/:token": ({ token }) => startFirstRead(AcceptPageQuery, { token: token ?? "" }),
};

export function startPageReads(page: PublicPage, params: Record<string, string | undefined>): FirstRead[] {
  const read = FIRST_READS[page]?.(params);
  return read ? [read] : [];
}
