// One place that speaks to screen readers: a screen or a background result calls announce(), and the
// <LiveAnnouncer/> mounted once at the root puts the words in a live region that was already on the page
// (a region added together with its text is often not read at all).

export type Politeness = "polite" | "assertive";
type Listener = (message: string, politeness: Politeness) => void;

const listeners = new Set<Listener>();

/** Says `message` through the live region: "polite" waits for the reader to finish, "assertive" interrupts (errors only). */
export function announce(message: string, politeness: Politeness = "polite"): void {
  const text = message.trim();
  if (text === "") return;
  for (const listener of listeners) listener(text, politeness);
}

/** For <LiveAnnouncer/>: hears every announcement until the returned function is called. */
export function onAnnounce(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
