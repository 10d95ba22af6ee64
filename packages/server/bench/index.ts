// `pnpm bench`: prepares the bench database and the app, runs every benchmark, prints each
// figure with its ratio to its baseline, and saves bench-results/latest.json.
// Exit code: 0 when everything ran (a missed target prints MISS), 1 on an error.
// Settings: BENCH_DATABASE_URL, BENCH_CONNECTIONS (10), BENCH_DURATION (15 s per figure),
// BENCH_WARMUP (2 s), BENCH_ROUNDS (5 alternating rounds of a figure and its baseline).
import "./env.js";
import "reflect-metadata";
import { fileURLToPath } from "node:url";
import { loadSettingsFromEnv } from "./load.js";
import { formatLine, writeReport, type BenchReport } from "./report.js";
import { startBench, type BenchSetup } from "./setup.js";
import { staffPageBenchmark } from "./staff-page.bench.js";
import type { BenchmarkDefinition } from "./types.js";

/** Every benchmark, run in this order. */
const benchmarks: BenchmarkDefinition[] = [staffPageBenchmark];

const resultsFile = fileURLToPath(new URL("../bench-results/latest.json", import.meta.url));
const log = (message: string) => process.stderr.write(`${message}\n`);

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const load = loadSettingsFromEnv();
  let setup: BenchSetup | undefined;
  try {
    setup = await startBench();
    const report: BenchReport = {
      startedAt,
      finishedAt: "",
      node: process.version,
      database: setup.config.database.url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@"),
      load,
      benchmarks: [],
      allMet: true,
    };
    for (const benchmark of benchmarks) {
      const lines = await benchmark.run({ setup, load, log });
      report.benchmarks.push({ name: benchmark.name, lines });
    }
    report.finishedAt = new Date().toISOString();
    report.allMet = report.benchmarks.every((b) => b.lines.every((l) => l.kind === "figure" || l.met));

    console.log(`\nLanyard benchmarks — ${load.connections} connections, ${load.duration} s per figure in ${load.rounds} rounds alternating with its baseline, after ${load.warmup} s warm-up; Node ${process.version}\n`);
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
