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
}

export type BenchLine = Figure | Comparison | Check;

export interface BenchmarkDefinition {
  name: string;
  run(context: BenchContext): Promise<BenchLine[]>;
}

export function compare(label: string, subject: LoadResult, baselineLabel: string, baseline: LoadResult, target: number): Comparison {
  const ratio = baseline.rps > 0 ? subject.rps / baseline.rps : 0;
  return { kind: "ratio", label, subject, baselineLabel, baseline, ratio, target, met: ratio >= target };
}
