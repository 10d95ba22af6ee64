import type { Page } from "playwright-core";

/**
 * Waits for running transitions (a drawer sliding in, a border turning the focus colour) to end: what is checked
 * is what is painted once they have. Endless ones (a loader's spin) are left running.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity),
  );
}
