import { VisuallyHidden } from "@mantine/core";
import { useEffect, useState } from "react";
import { onAnnounce, type Politeness } from "./announce";

// The same words twice in a row don't change a region, so nothing would be read: every other
// announcement carries an invisible no-break space.
const ALTERNATE = "\u00a0";

/** The page's live regions; mount once, near the root. */
export function LiveAnnouncer() {
  const [said, setSaid] = useState<Record<Politeness, { text: string; count: number }>>({
    polite: { text: "", count: 0 },
    assertive: { text: "", count: 0 },
  });

  useEffect(
    () =>
      onAnnounce((message, politeness) =>
        setSaid((previous) => {
          const count = previous[politeness].count + 1;
          return { ...previous, [politeness]: { text: count % 2 === 0 ? message + ALTERNATE : message, count } };
        }),
      ),
    [],
  );

  return (
    <VisuallyHidden>
      {/* No status or alert role: the regions are never seen, and aren't one of the page's messages. */}
      <div aria-live="polite" aria-atomic="true">
        {said.polite.text}
      </div>
      <div aria-live="assertive" aria-atomic="true">
        {said.assertive.text}
      </div>
    </VisuallyHidden>
  );
}
