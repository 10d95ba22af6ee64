// What a benchmark is: a name and a run that answers lines to print (and to save as JSON).
// Add a benchmark by writing a `*.bench.ts` that exports a BenchmarkDefinition and listing it
// in index.ts.
import type { LoadResult, LoadSettings } from "./load.js";
import type { BenchSetup } from "./setup.js";

export interface BenchContext {
  setup: BenchSetup;
  load: LoadSettings;
  /** Progress notes (stderr), not results. */
  log(message: string): void;
}

/** A throughput figure of its own. */
export interface Figure {
  kind: "figure";
  label: string;
  load: LoadResult;
}

/** A figure measured against a baseline, with the ratio it must reach. */
export interface Comparison {
  kind: "ratio";
  label: string;
  subject: LoadResult;
  baselineLabel: string;
  baseline: LoadResult;
  /** subject.rps / baseline.rps */
  ratio: number;
  target: number;
  met: boolean;
}

/** A property that must hold (e.g. a fixed number of SQL statements whatever the page size). */
export interface Check {
  kind: "check";
  label: string;
  detail: string;
  met: boolean;
  values?: Record<string, number>;
  /** Printed below the line, indented (e.g. an EXPLAIN). */
  notes?: string[];
  /** A figure with no target to meet (printed "for reference", and always met). */
  reference?: boolean;
}

/**
 * A duration (lower is better), the median of alternating rounds, beside a baseline's and/or
 * under an absolute limit: e.g. one large request against the raw INSERT of the same rows.
 */
export interface Timing {
  kind: "timing";
  label: string;
  /** Median of the rounds, in ms (per `unit` when given, e.g. "message"). */
  ms: number;
  roundsMs: number[];
  unit?: string;
  baselineLabel?: string;
  baselineMs?: number;
  /** ms / baselineMs: how many times the baseline's time it takes. */
  ratio?: number;
  /** The ratio must stay at or under this. */
  maxRatio?: number;
  /** ms must stay under this. */
  maxMs?: number;
  met: boolean;
}

/** Things done per second (not HTTP requests: e.g. emails delivered), beside a baseline's rate. */
export interface Rate {
  kind: "rate";
  label: string;
  /** e.g. "msg" */
  unit: string;
  /** Mean of the rounds' rates. */
  perSecond: number;
  roundsPerSecond: number[];
  baselineLabel?: string;
  baselinePerSecond?: number;
  /** perSecond / baselinePerSecond */
  ratio?: number;
  /** The ratio it must reach; 0: for reference. */
  target?: number;
  met: boolean;
}

export type BenchLine = Figure | Comparison | Check | Timing | Rate;

export interface BenchmarkDefinition {
  name: string;
  run(context: BenchContext): Promise<BenchLine[]>;
}

export function compare(label: string, subject: LoadResult, baselineLabel: string, baseline: LoadResult, target: number): Comparison {
  const ratio = baseline.rps > 0 ? subject.rps / baseline.rps : 0;
  return { kind: "ratio", label, subject, baselineLabel, baseline, ratio, target, met: ratio >= target };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** A duration's median beside its baseline's, against a ratio limit and/or an absolute limit. */
export function timing(
  label: string,
  roundsMs: number[],
  options: { unit?: string; baselineLabel?: string; baselineRoundsMs?: number[]; maxRatio?: number; maxMs?: number } = {},
): Timing {
  const ms = median(roundsMs);
  const baselineMs = options.baselineRoundsMs ? median(options.baselineRoundsMs) : undefined;
  const ratio = baselineMs !== undefined && baselineMs > 0 ? ms / baselineMs : undefined;
  const met = (options.maxRatio === undefined || (ratio !== undefined && ratio <= options.maxRatio)) && (options.maxMs === undefined || ms < options.maxMs);
  return { kind: "timing", label, ms, roundsMs, unit: options.unit, baselineLabel: options.baselineLabel, baselineMs, ratio, maxRatio: options.maxRatio, maxMs: options.maxMs, met };
}

/** A rate (mean of the rounds) beside its baseline's; target 0: for reference. */
export function rate(label: string, unit: string, roundsPerSecond: number[], baselineLabel: string, baselineRoundsPerSecond: number[], target = 0): Rate {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const perSecond = mean(roundsPerSecond);
  const baselinePerSecond = mean(baselineRoundsPerSecond);
  const ratio = baselinePerSecond > 0 ? perSecond / baselinePerSecond : 0;
  return { kind: "rate", label, unit, perSecond, roundsPerSecond, baselineLabel, baselinePerSecond, ratio, target, met: ratio >= target };
}
