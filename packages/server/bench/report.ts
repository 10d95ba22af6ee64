// Printing the results as a compact table, and saving them as JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { LoadResult } from "./load.js";
import type { BenchLine, Rate, Timing } from "./types.js";

const LABEL_WIDTH = 36;
const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const throughput = (load: LoadResult) =>
  `${Math.round(load.rps).toString().padStart(6)} req/s  p50 ${ms(load.p50).padStart(4)} ms  p99 ${ms(load.p99).padStart(4)} ms  cpu ${load.cpuMsPerRequest.toFixed(2).padStart(5)} ms/req`;
const verdict = (met: boolean) => (met ? "PASS" : "MISS");
/** A duration in the unit that reads best: µs under 1 ms, s from 10 s. */
export const duration = (msValue: number) =>
  msValue < 1 ? `${(msValue * 1000).toFixed(msValue < 0.01 ? 2 : 0)} µs` : msValue >= 10_000 ? `${(msValue / 1000).toFixed(1)} s` : `${ms(msValue)} ms`;

function formatTiming(line: Timing): string {
  const per = line.unit ? ` per ${line.unit}` : "";
  const parts = [`${duration(line.ms).padStart(8)}${per}  (median of ${line.roundsMs.length}: ${line.roundsMs.map(duration).join(", ")})`];
  if (line.baselineMs !== undefined && line.ratio !== undefined) {
    parts.push(`ratio ${line.ratio.toFixed(2)}× ${line.baselineLabel} (${duration(line.baselineMs)})${line.maxRatio !== undefined ? `  target ≤ ${line.maxRatio}×` : "  (for reference)"}`);
  }
  if (line.maxRatio !== undefined) parts[parts.length - 1] += `  ${verdict(line.ratio !== undefined && line.ratio <= line.maxRatio)}`;
  if (line.maxMs !== undefined) parts.push(`target < ${duration(line.maxMs)}${per}  ${verdict(line.ms < line.maxMs)}`);
  return parts.join("   ");
}

function formatRate(line: Rate): string {
  const figure = `${Math.round(line.perSecond).toString().padStart(6)} ${line.unit}/s  (rounds: ${line.roundsPerSecond.map((r) => Math.round(r)).join(", ")})`;
  if (line.baselinePerSecond === undefined || line.ratio === undefined) return figure;
  return `${figure}   ratio ${line.ratio.toFixed(2)} of ${line.baselineLabel} (${Math.round(line.baselinePerSecond)} ${line.unit}/s)${
    line.target ? `  target ≥ ${line.target}  ${verdict(line.met)}` : "  (for reference)"
  }`;
}

export function formatLine(line: BenchLine): string {
  const label = line.label.padEnd(LABEL_WIDTH);
  switch (line.kind) {
    case "figure":
      return `${label}${throughput(line.load)}`;
    case "ratio":
      return `${label}${throughput(line.subject)}   ratio ${line.ratio.toFixed(2)} of ${line.baselineLabel} (${Math.round(line.baseline.rps)} req/s)${
        line.target > 0 ? `  target ≥ ${line.target}  ${verdict(line.met)}` : "  (for reference)"
      }`;
    case "check":
      return `${label}${line.detail}  ${line.reference ? "(for reference)" : verdict(line.met)}${(line.notes ?? []).map((note) => `\n    ${note}`).join("")}`;
    case "timing":
      return `${label}${formatTiming(line)}`;
    case "rate":
      return `${label}${formatRate(line)}`;
  }
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  node: string;
  database: string;
  /** MariaDB's InnoDB buffer pool as the bench found it, and whether it raised it. */
  bufferPool: string;
  load: { connections: number; duration: number; warmup: number };
  benchmarks: { name: string; lines: BenchLine[] }[];
  allMet: boolean;
}

export function writeReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
