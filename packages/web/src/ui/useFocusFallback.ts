import { useEffect, useRef, useState } from "react";

/** Focus is on nothing a keyboard user can use: the page's body, or a button just disabled. */
function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || (active as HTMLButtonElement).disabled === true;
}

/**
 * Where focus goes when what had it disappears (a dialog closed and the button that opened it is now disabled, or
 * gone with the list it was in): `ref` marks the element, `catchLostFocus()` asks for it to take focus, now or once
 * it is on screen, if focus was lost meanwhile. Without it a keyboard user is sent back to the top of the page.
 */
export function useFocusFallback<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (!pending || !ref.current) return;
    setPending(false);
    if (focusIsLost()) ref.current.focus();
  });
  return { ref, catchLostFocus: () => setPending(true) };
}
