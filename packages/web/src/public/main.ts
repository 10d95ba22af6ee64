// The public pages' entry (public.html): sign-in and an invitee's link, opened on any phone, with
// no GraphQL client, no router and no admin screens. This script is tiny on purpose: it starts the
// page's first read at once, while the app's code (preloaded by public.html) is still arriving.
import { matchPublicPage } from "@lanyard/shared";
import { startPageReads } from "./firstReads";

const match = matchPublicPage(window.location.pathname);
if (!match) {
  // The server sends this page only for public paths; anything else belongs to the admin app.
  window.location.replace("/");
} else {
  const reads = startPageReads(match.page, match.params);
  // The first render waits for the first read, so it shows the answer rather than a loading state.
  Promise.all([import("./app"), Promise.allSettled(reads.map((r) => r.promise))]).then(
    ([{ renderPublicApp }]) => renderPublicApp(match),
    // The page's code didn't arrive (the connection dropped, or a new version replaced it): say so
    // in plain text, the one thing that needs no code.
    () => {
      document.getElementById("root")!.textContent = "This page didn't load. Check your connection, then reload the page.";
    },
  );
}
