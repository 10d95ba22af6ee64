// `pnpm test`: every test of every package (unit, integration on MariaDB and SQLite, browser
// end to end), after building what the browser tests serve. Ends with one line of totals.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const results = join(root, "test-results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const sh = (command, args, cwd = root) => spawnSync(command, args, { cwd, stdio: "inherit" }).status ?? 1;

// The build type-checks the shipped code; this checks tests, scripts and benchmarks too.
if (sh("pnpm", ["build"]) !== 0 || sh("pnpm", ["--filter", "@lanyard/server", "typecheck"]) !== 0) {
  writeFileSync(join(results, "totals.txt"), "0 passed, 1 failed\n");
  console.error("The build or the type check failed, so no tests ran.");
  console.log("0 passed, 1 failed");
  process.exit(1);
}

const packages = ["shared", "server", "web"];
let passed = 0;
let failed = 0;
let exitCode = 0;
for (const name of packages) {
  const report = join(results, `${name}.json`);
  console.log(`\n=== @lanyard/${name} ===`);
  const status = sh("pnpm", ["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], join(root, "packages", name));
  if (status !== 0) exitCode = 1;
  if (!existsSync(report)) {
    failed++;
    console.error(`@lanyard/${name}: vitest wrote no report (exit ${status}).`);
    continue;
  }
  const summary = JSON.parse(readFileSync(report, "utf8"));
  passed += summary.numPassedTests;
  // A file that fails to load has no tests to count: count it as one failure.
  const brokenFiles = summary.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
  failed += summary.numFailedTests + brokenFiles;
}
if (failed > 0) exitCode = 1;
const totals = `${passed} passed, ${failed} failed`;
writeFileSync(join(results, "totals.txt"), `${totals}\n`);
console.log(`\n${totals}`);
process.exit(exitCode);
