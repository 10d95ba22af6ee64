// `pnpm bench`: prepares the bench database and the app, runs every benchmark, prints each
// figure with its ratio to its baseline, and saves bench-results/latest.json.
// Exit code: 0 when everything ran (a missed target prints MISS), 1 on an error.
// Settings: BENCH_DATABASE_URL, BENCH_CONNECTIONS (10), BENCH_DURATION (15 s per figure),
// BENCH_WARMUP (2 s), BENCH_ROUNDS (5 alternating rounds of a figure and its baseline),
// BENCH_EMAIL_ROUNDS (1 round of 10,000 emails each way),
// BENCH_ONLY (comma-separated starts of benchmark names, e.g. "invite,email": only those).
import "./env.js";
import "reflect-metadata";
import { fileURLToPath } from "node:url";
import { loadSettingsFromEnv } from "./load.js";
import { formatLine, writeReport, type BenchReport } from "./report.js";
import { startBench, type BenchSetup } from "./setup.js";
import { emailBenchmark } from "./email.bench.js";
import { exportBenchmark } from "./export.bench.js";
import { importBenchmark } from "./import.bench.js";
import { inviteBenchmark } from "./invite.bench.js";
import { invitationsBenchmark } from "./invitations.bench.js";
import { staffPageBenchmark } from "./staff-page.bench.js";
import { statsBenchmark } from "./stats.bench.js";
import type { BenchmarkDefinition } from "./types.js";

/** Every benchmark, run in this order. */
const allBenchmarks: BenchmarkDefinition[] = [staffPageBenchmark, invitationsBenchmark, statsBenchmark, inviteBenchmark, emailBenchmark, importBenchmark, exportBenchmark];

function selected(only = process.env.BENCH_ONLY?.trim()): BenchmarkDefinition[] {
  if (!only) return allBenchmarks;
  const wanted = only.split(",").map((w) => w.trim().toLowerCase()).filter(Boolean);
  const chosen = allBenchmarks.filter((b) => wanted.some((w) => b.name.toLowerCase().startsWith(w)));
  if (chosen.length === 0) throw new Error(`BENCH_ONLY="${only}" names none of: ${allBenchmarks.map((b) => b.name).join(", ")}`);
  return chosen;
}

const resultsFile = fileURLToPath(new URL("../bench-results/latest.json", import.meta.url));
const log = (message: string) => process.stderr.write(`${message}\n`);

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const load = loadSettingsFromEnv();
  const benchmarks = selected();
  let setup: BenchSetup | undefined;
  try {
    setup = await startBench();
    const report: BenchReport = {
      startedAt,
      finishedAt: "",
      node: process.version,
      database: setup.config.database.url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@"),
      bufferPool: setup.bufferPool,
      load,
      benchmarks: [],
      allMet: true,
    };
    for (const benchmark of benchmarks) {
      const started = Date.now();
      const lines = await benchmark.run({ setup, load, log });
      report.benchmarks.push({ name: benchmark.name, lines });
      log(`${benchmark.name}: done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    }
    report.finishedAt = new Date().toISOString();
    report.allMet = report.benchmarks.every((b) => b.lines.every((l) => l.kind === "figure" || l.met));

    console.log(`\nLanyard benchmarks — ${load.connections} connections, ${load.duration} s per figure in ${load.rounds} rounds alternating with its baseline, after ${load.warmup} s warm-up; Node ${process.version}`);
    console.log(`${setup.bufferPool}\n`);
    for (const { lines } of report.benchmarks) for (const line of lines) console.log(formatLine(line));
    console.log(`\n${report.allMet ? "Every target met." : "Some targets MISSED (see above)."} Results: ${resultsFile}`);
    writeReport(resultsFile, report);
  } finally {
    await setup?.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\npnpm bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
