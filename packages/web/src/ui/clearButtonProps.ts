/**
 * A clearable field's clear button, named and reachable: Mantine leaves a Select's out of the tab order and hidden
 * from assistive tech, and a date picker's without a name. Everyone should be able to clear a field.
 */
export function clearButtonProps(label: string) {
  return { "aria-label": label, "aria-hidden": false, tabIndex: 0 } as const;
}
