// Starting and stopping the built Lanyard server as a child process: shared by the browser
// tests' harness and `pnpm bench:web`, which both drive a real server on a free port.
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";

const READY_TIMEOUT_MS = 120_000;

/** Chromium's flags on this machine: no sandbox as root, and no calls home the closed network refuses. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Polls /healthz until it answers 200; fails with the server's own output if it exits first. */
export async function waitUntilReady(server: ChildProcess, healthUrl: string, { echo = false } = {}) {
  let output = "";
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (echo) process.stderr.write(chunk);
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  let exited: string | null = null;
  server.once("exit", (code, signal) => (exited = `exited with ${signal ?? `code ${code}`}`));

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The server ${exited} before it was ready. Its output:\n${output.slice(-8000)}`);
    try {
      if ((await fetch(healthUrl, { signal: AbortSignal.timeout(2_000) })).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server wasn't healthy within ${READY_TIMEOUT_MS / 1000} s. Its output:\n${output.slice(-8000)}`);
}

/** SIGTERM, then SIGKILL if it hasn't gone within 10 s. */
export async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill("SIGTERM");
  const timeout = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 10_000));
  if ((await Promise.race([exited, timeout])) === "timeout") {
    child.kill("SIGKILL");
    await exited;
  }
}
