// What `pnpm bench:web` measures on each public page, the bar each figure must meet, and how it prints.
// Issue 17 sets performance, LCP and bytes; FCP, TBT and CLS use Lighthouse's own "good" thresholds
// for mobile. Unused JavaScript was 600 KiB (the admin app); React DOM alone leaves about 27 KiB
// of itself unrun on a first render, and the public pages share one bundle (src/public/screens.tsx),
// so each carries the others' code: 60 KiB allows that and catches admin code coming back.

export interface PageFigures {
  /** Lighthouse's performance score, 0–1. */
  performance: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  /** Every response the page loaded, as sent over the network (compressed). */
  transferredBytes: number;
  unusedJsBytes: number;
}

interface Target {
  label: string;
  figure: keyof PageFigures;
  /** "min": the figure must be at least `limit`; "max": at most. */
  bound: "min" | "max";
  limit: number;
  show: (value: number) => string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number) => `${Math.round(ms)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

export const TARGETS: readonly Target[] = [
  { label: "performance", figure: "performance", bound: "min", limit: 0.95, show: (v) => v.toFixed(2) },
  { label: "largest contentful paint", figure: "lcpMs", bound: "max", limit: 2000, show: seconds },
  { label: "first contentful paint", figure: "fcpMs", bound: "max", limit: 1800, show: seconds },
  { label: "total blocking time", figure: "tbtMs", bound: "max", limit: 200, show: millis },
  { label: "cumulative layout shift", figure: "cls", bound: "max", limit: 0.1, show: (v) => v.toFixed(3) },
  { label: "transferred", figure: "transferredBytes", bound: "max", limit: 150 * 1024, show: kib },
  { label: "unused JavaScript", figure: "unusedJsBytes", bound: "max", limit: 60 * 1024, show: kib },
];

export interface Verdict {
  label: string;
  value: string;
  target: string;
  met: boolean;
}

export function judge(figures: PageFigures): Verdict[] {
  return TARGETS.map((t) => {
    const value = figures[t.figure];
    return {
      label: t.label,
      value: t.show(value),
      target: `${t.bound === "min" ? "≥" : "≤"} ${t.show(t.limit)}`,
      met: t.bound === "min" ? value >= t.limit : value <= t.limit,
    };
  });
}

export function formatVerdicts(verdicts: readonly Verdict[]): string[] {
  return verdicts.map((v) => `  ${v.label.padEnd(26)}${v.value.padStart(9)}   target ${v.target.padEnd(10)} ${v.met ? "PASS" : "MISS"}`);
}

/**
 * The run whose performance score is the median (the lower middle for an even count), so every
 * figure printed comes from one real load rather than a mix of runs.
 */
export function medianRun<T extends { figures: PageFigures }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error("no Lighthouse runs to choose from");
  const sorted = [...runs].sort((a, b) => a.figures.performance - b.figures.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
