import type { MouseEvent } from "react";

/** The first thing Tab reaches on every screen: jumps past the header and navigation to the screen itself. */
export function SkipLink() {
  // Focus the region itself rather than follow the link: the URL keeps no "#main", and focus lands
  // even where a browser would only scroll.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById("main");
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView?.();
  };
  return (
    <a className="lanyard-skip-link" href="#main" onClick={skip}>
      Skip to main content
    </a>
  );
}
