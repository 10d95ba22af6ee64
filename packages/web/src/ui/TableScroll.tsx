import { Box } from "@mantine/core";
import { useEffect, useRef, useState, type ReactNode } from "react";

interface Props {
  /** What the table is, e.g. "Staff roster": names the region a keyboard user scrolls. */
  label: string;
  /** Below this width the table scrolls sideways inside the region instead of squeezing its columns. */
  minWidth: number;
  children: ReactNode;
}

/**
 * A wide data table's own horizontal scroll, so the page around it never scrolls sideways (WCAG 1.4.10
 * allows it for data tables). While it overflows, the region takes focus, so the arrow keys scroll it.
 */
export function TableScroll({ label, minWidth, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  useEffect(() => {
    const region = ref.current;
    if (!region) return;
    const measure = () => setOverflows(region.scrollWidth > region.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(region);
    if (region.firstElementChild) observer.observe(region.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <Box
      ref={ref}
      role="region"
      aria-label={label}
      tabIndex={overflows ? 0 : undefined}
      className="lanyard-table-scroll"
      // Relative: visually hidden text and checkbox inputs inside (absolutely placed) scroll with the table
      // instead of widening the page.
      style={{ overflowX: "auto", position: "relative" }}
    >
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
