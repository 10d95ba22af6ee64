import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { commandEntry } from "../../bin/build-freshness.mjs";
import { serverRoot } from "../paths.js";

// A workspace in a temp folder: the server's sources, their build, and the shared package's build,
// each file stamped with a time of the test's choosing (no clock involved).
const SOURCES_AT = new Date("2026-03-01T10:00:00Z");
const BUILT_AT = new Date("2026-03-01T11:00:00Z");
const LATER = new Date("2026-03-01T12:00:00Z");

let workspace = "";
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

function write(path: string, text: string, at: Date) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  utimesSync(path, at, at);
}

/** packages/server of a built workspace, with the launcher; each entry prints what ran and how. */
function builtServer(): string {
  workspace = realpathSync(mkdtempSync(join(tmpdir(), "lanyard-launcher-")));
  const server = join(workspace, "packages/server");
  const report = (ran: string) => `console.log(JSON.stringify({ ran: ${JSON.stringify(ran)}, args: process.argv.slice(2), cwd: process.cwd() }));`;
  write(join(server, "src/cli/index.ts"), `const exitCode: number = Number(process.env.EXIT_WITH ?? 0);\n${report("sources")}\nprocess.exit(exitCode);\n`, SOURCES_AT);
  write(join(server, "src/config.ts"), "export {};\n", SOURCES_AT);
  write(join(server, "src/cli/cli.test.ts"), "export {};\n", SOURCES_AT);
  write(join(server, "src/test/fixtures.ts"), "export {};\n", SOURCES_AT);
  write(join(server, "tsconfig.json"), `{ "compilerOptions": { "module": "NodeNext", "target": "ES2022" } }\n`, SOURCES_AT);
  write(join(server, "dist/cli/index.js"), `${report("build")}\nprocess.exit(Number(process.env.EXIT_WITH ?? 0));\n`, BUILT_AT);
  write(join(server, "dist/config.js"), "export {};\n", BUILT_AT);
  write(join(server, "tsconfig.tsbuildinfo"), "{}\n", BUILT_AT);
  write(join(workspace, "packages/shared/dist/index.js"), "export {};\n", SOURCES_AT);
  write(join(server, "package.json"), `{ "type": "module" }\n`, SOURCES_AT);
  mkdirSync(join(server, "bin"));
  for (const file of ["lanyard.mjs", "build-freshness.mjs"]) copyFileSync(join(serverRoot, "bin", file), join(server, "bin", file));
  // swc comes from the real server's dependencies.
  symlinkSync(join(serverRoot, "node_modules"), join(server, "node_modules"));
  return server;
}

const touch = (path: string) => utimesSync(path, LATER, LATER);

describe("which code a command runs", () => {
  it("runs the build when nothing it was made from is newer", () => {
    const server = builtServer();
    expect(commandEntry(server)).toEqual({ kind: "build", entry: join(server, "dist/cli/index.js") });
  });

  it("runs the sources when a source file changed after the build", () => {
    const server = builtServer();
    touch(join(server, "src/config.ts"));
    expect(commandEntry(server)).toEqual({ kind: "sources", entry: join(server, "src/cli/index.ts"), why: "server/src/config.ts is newer than the build" });
  });

  it("runs the sources when the shared package was built after the server", () => {
    const server = builtServer();
    touch(join(workspace, "packages/shared/dist/index.js"));
    expect(commandEntry(server)).toMatchObject({ kind: "sources", why: "shared/dist/index.js is newer than the build" });
  });

  it("runs the sources when there is no build, or no record of one", () => {
    const server = builtServer();
    rmSync(join(server, "tsconfig.tsbuildinfo"));
    expect(commandEntry(server)).toMatchObject({ kind: "sources", why: "the server is not built" });
    write(join(server, "tsconfig.tsbuildinfo"), "{}\n", BUILT_AT);
    rmSync(join(server, "dist"), { recursive: true });
    expect(commandEntry(server)).toMatchObject({ kind: "sources", why: "the server is not built" });
  });

  it("still runs the build after a build that emitted nothing new (tsc -b stamps only its tsbuildinfo)", () => {
    const server = builtServer();
    touch(join(server, "src/config.ts"));
    touch(join(server, "tsconfig.tsbuildinfo"));
    expect(commandEntry(server).kind).toBe("build");
  });

  it("ignores tests, which the build leaves out", () => {
    const server = builtServer();
    touch(join(server, "src/cli/cli.test.ts"));
    touch(join(server, "src/test/fixtures.ts"));
    expect(commandEntry(server).kind).toBe("build");
  });
});

describe("the launcher", () => {
  /** bin/lanyard.mjs run from the workspace's root, as `pnpm cli` does. */
  function launch(server: string, args: string[], env: Record<string, string> = {}) {
    const result = spawnSync(process.execPath, [join(server, "bin/lanyard.mjs"), ...args], { cwd: workspace, env: { ...process.env, ...env }, encoding: "utf8", timeout: 60_000 });
    return { status: result.status, out: result.stdout ? JSON.parse(result.stdout) : null, stderr: result.stderr };
  }

  it("runs the build's entry with the command's arguments, and its exit code", () => {
    const server = builtServer();
    expect(launch(server, ["api-key", "create", "--name", "A B"])).toEqual({ status: 0, out: { ran: "build", args: ["api-key", "create", "--name", "A B"], cwd: workspace }, stderr: "" });
    expect(launch(server, ["x"], { EXIT_WITH: "3" }).status).toBe(3);
  });

  it("runs stale sources through swc, with the arguments, the exit code and the working folder, wherever it is called from", () => {
    const server = builtServer();
    touch(join(server, "src/cli/index.ts"));
    const run = launch(server, ["db:seed", "--size", "small"], { EXIT_WITH: "2" });
    expect(run).toEqual({ status: 2, out: { ran: "sources", args: ["db:seed", "--size", "small"], cwd: workspace }, stderr: "" });
  });
});
