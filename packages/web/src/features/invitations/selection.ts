import type { InvitationFilter, InvitationSelection } from "../../gql/graphql";

/**
 * What the bulk actions act on: rows ticked by hand (kept across pages of the same filter),
 * or every invitation matching the filter, however many pages that is.
 */
export type Selection = { kind: "ids"; ids: ReadonlySet<string> } | { kind: "allMatching" };

export const NOTHING_SELECTED: Selection = { kind: "ids", ids: new Set() };

export function isSelected(selection: Selection, id: string): boolean {
  return selection.kind === "allMatching" || selection.ids.has(id);
}

/** How the header checkbox shows the page: none, some or all of its rows ticked. */
export function pageSelection(selection: Selection, pageIds: readonly string[]): "none" | "some" | "all" {
  const ticked = pageIds.filter((id) => isSelected(selection, id)).length;
  if (ticked === 0) return "none";
  return ticked === pageIds.length ? "all" : "some";
}

export function toggleRow(selection: Selection, id: string, pageIds: readonly string[]): Selection {
  // Unticking one row of "all matching" leaves the rest of this page ticked: what the person can see.
  const ids = new Set(selection.kind === "allMatching" ? pageIds : selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { kind: "ids", ids };
}

/** The header checkbox: ticks the whole page, or unticks it when it is all ticked already. */
export function togglePage(selection: Selection, pageIds: readonly string[]): Selection {
  if (selection.kind === "allMatching") return NOTHING_SELECTED;
  const ids = new Set(selection.ids);
  const allTicked = pageIds.every((id) => ids.has(id));
  for (const id of pageIds) {
    if (allTicked) ids.delete(id);
    else ids.add(id);
  }
  return { kind: "ids", ids };
}

export function selectedCount(selection: Selection, totalMatching: number): number {
  return selection.kind === "allMatching" ? totalMatching : selection.ids.size;
}

/** Offer "select all N matching" once the whole page is ticked and more match than are shown. */
export function offersAllMatching(selection: Selection, pageIds: readonly string[], totalMatching: number): boolean {
  return (
    selection.kind === "ids" &&
    pageIds.length > 0 &&
    totalMatching > selection.ids.size &&
    pageSelection(selection, pageIds) === "all"
  );
}

/** What the resend / cancel mutations receive. */
export function toSelectionInput(selection: Selection, filter: InvitationFilter | undefined): InvitationSelection {
  return selection.kind === "allMatching" ? { filter: filter ?? {} } : { ids: [...selection.ids] };
}
