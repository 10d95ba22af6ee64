// Moving through a page as a keyboard user does, and checking where focus is and that it can be seen.
import type { Locator, Page } from "playwright-core";
import { settle } from "./settle";

const MAX_PRESSES = 80;

/** Whether `target` is the focused element. */
export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/**
 * Presses Tab (or Shift+Tab with `backwards`) until `target` has focus, as a person tabbing to it would, and fails
 * saying where focus went if it never gets there.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = MAX_PRESSES } = {}): Promise<void> {
  const visited: string[] = [];
  for (let i = 0; i <= max; i++) {
    if (await isFocused(target)) return;
    visited.push(await describeFocus(page));
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tabbed ${max} times without reaching ${target}. Focus went to:\n${visited.join("\n")}`);
}

/** Presses `key` until `target` has focus: arrow keys within a radio group, a tab list or a listbox. */
export async function pressUntilFocused(page: Page, key: string, target: Locator, max = 20): Promise<void> {
  for (let i = 0; i <= max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Pressed ${key} ${max} times without reaching ${target}; focus is on ${await describeFocus(page)}`);
}

/** The focused element, for a failure message: its tag, role and name-ish text. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "(nothing: the page body)";
    const label = el.getAttribute("aria-label") ?? (el as HTMLElement).innerText?.slice(0, 60) ?? "";
    return `<${el.tagName.toLowerCase()}${el.getAttribute("role") ? ` role=${el.getAttribute("role")}` : ""}> ${label.replace(/\s+/g, " ").trim()}`;
  });
}

/**
 * What shows that the focused element has focus, or null when nothing does: an outline, a box-shadow ring, or a
 * border that changes colour (Mantine's inputs), as the browser paints it with :focus-visible in force.
 */
export async function focusIndicator(page: Page): Promise<string | null> {
  await settle(page);
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || !el.matches(":focus-visible")) return null;
    const probe = document.body.appendChild(document.createElement("span"));
    probe.style.color = "var(--mantine-primary-color-filled)";
    const primary = getComputedStyle(probe).color;
    probe.remove();
    const own = getComputedStyle(el);
    if (own.outlineStyle !== "none" && parseFloat(own.outlineWidth) > 0) return `outline ${own.outlineWidth} ${own.outlineStyle} ${own.outlineColor}`;
    if (own.boxShadow !== "none") return `box-shadow ${own.boxShadow}`;
    // Mantine's text inputs show focus by colouring their border with the primary colour; a password field's or a
    // multi-select's border is a wrapper's, so look up a little.
    if (!el.matches("input, textarea")) return null;
    for (let node: HTMLElement | null = el, depth = 0; node && depth < 5; node = node.parentElement, depth++) {
      const style = getComputedStyle(node);
      if (style.borderColor === primary && parseFloat(style.borderWidth) > 0) return `border ${style.borderWidth} ${style.borderColor}`;
    }
    return null;
  });
}

/** Fails unless the focused element shows that it has focus. */
export async function expectFocusVisible(page: Page, where: string): Promise<void> {
  if ((await focusIndicator(page)) === null) {
    throw new Error(`${where}: focus is on ${await describeFocus(page)}, but nothing shows it (no outline, ring or border colour)`);
  }
}
