import type { CSSProperties } from "react";

/**
 * Mantine's VisuallyHidden rules as a style, for the table parts its <span> can't stand in for (a caption, a
 * header row): read by screen readers, not drawn.
 */
export const visuallyHidden: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
};
