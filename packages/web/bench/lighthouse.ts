// `pnpm bench:web` (and part of `pnpm bench`): Lighthouse 12 with its mobile defaults (a mid-range
// phone on simulated slow 4G) on the public pages staff open from an email, against the built
// server over its own SQLite database. Prints each figure beside its target; saves the reports
// in packages/web/bench-results/. Exit code: 0 when it ran (a missed target prints MISS), 1 on an error.
// Settings: BENCH_WEB_RUNS (3 loads per page, the median reported), BENCH_SKIP_BUILD=1 (use the
// existing build of the server and web app).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { CHROMIUM_FLAGS } from "../e2e/serverProcess.ts";
import { startBenchServer } from "./benchServer.ts";
import { formatVerdicts, judge, medianRun, type PageFigures } from "./targets.ts";

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const root = resolve(webDir, "../..");
const serverMain = join(root, "packages/server/dist/main.js");
const resultsDir = join(webDir, "bench-results");
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];
const log = (message: string) => process.stderr.write(`${message}\n`);

function figuresOf(lhr: Result): PageFigures {
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value !== "number") throw new Error(`Lighthouse gave no figure for ${id}: ${lhr.audits[id]?.errorMessage ?? "missing"}`);
    return value;
  };
  const unused = lhr.audits["unused-javascript"]?.details;
  return {
    performance: lhr.categories["performance"]?.score ?? 0,
    lcpMs: numeric("largest-contentful-paint"),
    fcpMs: numeric("first-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    transferredBytes: numeric("total-byte-weight"),
    unusedJsBytes: unused && "overallSavingsBytes" in unused ? (unused.overallSavingsBytes ?? 0) : 0,
  };
}

/**
 * One Lighthouse load of `url`. A load Lighthouse itself could not record (it says "run Lighthouse
 * again", e.g. NO_NAVSTART on a busy machine) is tried again, twice at most.
 */
async function audit(url: string, port: number): Promise<Result> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const problem = result.lhr.runtimeError;
    if (!problem) return result.lhr;
    if (attempt === 3) throw new Error(`Lighthouse could not load ${url}: ${problem.message}`);
    log(`Lighthouse could not record a load (${problem.code}); trying again.`);
  }
}

function build() {
  if (process.env["BENCH_SKIP_BUILD"] === "1" && existsSync(serverMain) && existsSync(join(webDir, "dist/index.html"))) return;
  log("Building the server and the web app…");
  const result = spawnSync("pnpm", ["run", "build"], { cwd: root, encoding: "utf8", env: { ...process.env, CI: "true" } });
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stdout}\n${result.stderr}`);
}

async function main() {
  const runs = Number(process.env["BENCH_WEB_RUNS"] ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_WEB_RUNS="${process.env["BENCH_WEB_RUNS"]}" is not a whole number of runs`);
  build();
  const server = await startBenchServer(serverMain);
  const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  mkdirSync(resultsDir, { recursive: true });
  const pages = [
    { name: "sign in", slug: "sign-in", url: `${server.baseUrl}/sign-in` },
    { name: "accept (a new person's invitation)", slug: "accept", url: server.acceptUrl },
  ];
  const summary: { page: string; url: string; figures: PageFigures; runs: PageFigures[] }[] = [];
  let version = "";
  try {
    for (const page of pages) {
      const measured: { figures: PageFigures; lhr: Result }[] = [];
      for (let i = 0; i < runs; i += 1) {
        const lhr = await audit(page.url, chrome.port);
        measured.push({ figures: figuresOf(lhr), lhr });
        version = lhr.lighthouseVersion;
        log(`${page.name}: run ${i + 1} of ${runs} done (performance ${measured.at(-1)!.figures.performance.toFixed(2)}).`);
      }
      const chosen = medianRun(measured);
      writeFileSync(join(resultsDir, `lighthouse-${page.slug}.json`), JSON.stringify(chosen.lhr, null, 1));
      summary.push({ page: page.name, url: page.url.replace(server.baseUrl, ""), figures: chosen.figures, runs: measured.map((m) => m.figures) });
    }
  } finally {
    chrome.kill();
    await server.stop();
  }

  console.log(`\nLighthouse ${version}, mobile (simulated slow 4G, mid-range phone); the median of ${runs} load(s) per page; Node ${process.version}`);
  let allMet = true;
  for (const { page, url, figures } of summary) {
    const verdicts = judge(figures);
    allMet &&= verdicts.every((v) => v.met);
    console.log(`\n${page}  ${url.replace(/\/accept\/[^/?#]+/, "/accept/…")}`);
    for (const line of formatVerdicts(verdicts)) console.log(line);
  }
  const file = join(resultsDir, "lighthouse.json");
  writeFileSync(file, JSON.stringify({ finishedAt: new Date().toISOString(), runs, pages: summary.map((s) => ({ ...s, url: s.url.replace(/\/accept\/[^/?#]+/, "/accept/…") })), allMet }, null, 2));
  console.log(`\n${allMet ? "Every target met." : "Some targets MISSED (see above)."} Reports: ${resultsDir}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\npnpm bench:web failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
