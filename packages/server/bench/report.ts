// Printing the results as a compact table, and saving them as JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { LoadResult } from "./load.js";
import type { BenchLine } from "./types.js";

const LABEL_WIDTH = 36;
const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const throughput = (load: LoadResult) =>
  `${Math.round(load.rps).toString().padStart(6)} req/s  p50 ${ms(load.p50).padStart(4)} ms  p99 ${ms(load.p99).padStart(4)} ms  cpu ${load.cpuMsPerRequest.toFixed(2).padStart(5)} ms/req`;
const verdict = (met: boolean) => (met ? "PASS" : "MISS");

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
      return `${label}${line.detail}  ${verdict(line.met)}`;
  }
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  node: string;
  database: string;
  load: { connections: number; duration: number; warmup: number };
  benchmarks: { name: string; lines: BenchLine[] }[];
  allMet: boolean;
}

export function writeReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
