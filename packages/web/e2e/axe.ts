// axe-core run inside the page under test: every WCAG 2.0–2.2 A and AA rule, and a failure that says what to fix.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { AxeResults, NodeResult, Result, RunOptions } from "axe-core";
import { settle } from "./settle";

// Evaluated rather than added as a <script>: the app's Content-Security-Policy rightly refuses inline scripts.
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** What fails the check: a screen with any of these can't be used by someone axe speaks for. */
const BLOCKING = new Set(["serious", "critical"]);

export interface AxeOptions {
  /** Rules to leave out, while developing only (e.g. AXE_DISABLE=color-contrast): the committed test runs them all. */
  disableRules?: string[];
}

/** Runs axe on the page as it is now and returns the serious and critical violations. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<Result[]> {
  // axe judges colours as they are painted: not halfway through a dialog fading in.
  await settle(page);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const disabled = [...(options.disableRules ?? []), ...disabledFromEnv()];
  const runOptions: RunOptions = {
    runOnly: { type: "tag", values: WCAG_TAGS },
    rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
    resultTypes: ["violations"],
  };
  const results = await page.evaluate(
    // axe is the global the script tag defines.
    (opts) => (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<AxeResults> } }).axe.run(document, opts),
    runOptions as unknown as Record<string, unknown>,
  );
  return results.violations.filter((v) => BLOCKING.has(v.impact ?? ""));
}

/**
 * Fails the test, saying what to fix, if the page as it is now has a serious or critical WCAG violation; `screen`
 * names it in the message. The journey goes on (its next steps need this one's state) and the test fails at its
 * end, with every screen that had one. Waits for nothing: get the page to the state to check first.
 */
export async function expectNoA11yViolations(page: Page, screen: string, options: AxeOptions = {}): Promise<void> {
  const violations = await axeViolations(page, options);
  expect.soft(violations.length, `${screen} (${page.url()}): ${describeViolations(violations)}`).toBe(0);
}

export function describeViolations(violations: Result[]): string {
  const count = violations.reduce((n, v) => n + v.nodes.length, 0);
  const lines = violations.flatMap((v) => [
    `- ${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — ${v.helpUrl}`,
    ...v.nodes.slice(0, 8).map((n) => `    ${n.target.join(" ")}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : ""}${related(n)}`),
    ...(v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : []),
  ]);
  return `${count} serious or critical accessibility violation${count === 1 ? "" : "s"}:\n${lines.join("\n")}`;
}

/** The other elements a check names (the neighbour too close to a small target, the label it doesn't match). */
function related(node: NodeResult): string {
  const targets = [...node.any, ...node.all, ...node.none].flatMap((check) => check.relatedNodes?.map((r) => r.target.join(" ")) ?? []);
  return targets.length ? `\n      related: ${[...new Set(targets)].slice(0, 4).join(", ")}` : "";
}

function disabledFromEnv(): string[] {
  return (process.env["AXE_DISABLE"] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}
