
/**
 * A clearable field's clear button, named and reachable: Mantine leaves a Select's out of the tab order and hidden
 * from assistive tech, and a date picker's without a name. Everyone should be able to clear a field.
 */
export function clearButtonProps(label: string) {
  // 24 px: a Select draws it at 22 px, under WCAG 2.2's target size (2.5.8), and too near its neighbours to pass on spacing.
  return { "aria-label": label, "aria-hidden": false, tabIndex: 0 } as const;
}
