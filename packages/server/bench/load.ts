// Load generation: autocannon in a child process (load-client.mjs), so the client neither
// steals the server's event loop nor counts in its CPU time; a short warm-up, then the timed
// run. A figure and its baseline are measured in alternating rounds, so a change in the
// machine's background load (other builds and tests on 2 cores) hits both alike instead of
// skewing their ratio; server CPU per request is reported too, being steadier than req/s.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { median } from "./types.js";

export interface LoadTarget {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadSettings {
  connections: number;
  /** Seconds of timed load per figure. */
  duration: number;
  /** Seconds of warm-up before it (JIT, pools, caches); not counted. */
  warmup: number;
  /** measureSideBySide splits the duration into this many alternating rounds. */
  rounds: number;
}

export interface LoadResult {
  /** Requests per second (mean of the rounds' per-second averages). */
  rps: number;
  /** Latency percentiles in milliseconds (the median of the rounds' figures). */
  p50: number;
  p99: number;
  requests: number;
  /** CPU time of this process (the servers; not the load client) per request, in ms. */
  cpuMsPerRequest: number;
  /** Requests per second of each round, to show how steady the machine was. */
  roundsRps: number[];
}

export function loadSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): LoadSettings {
  const number = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}="${raw}" must be a positive number`);
    return value;
  };
  return {
    connections: Math.round(number("BENCH_CONNECTIONS", 10)),
    duration: number("BENCH_DURATION", 15),
    warmup: number("BENCH_WARMUP", 2),
    rounds: Math.round(number("BENCH_ROUNDS", 5)),
  };
}

interface Stats {
  average: number;
  p50: number;
  p99: number;
  total: number;
}
interface Round {
  requests: Stats;
  latency: Stats;
  cpuMs: number;
}
interface ClientAnswer {
  ok: boolean;
  error?: string;
  result?: { requests: Stats; latency: Stats; errors: number; timeouts: number; non2xx: number };
}

const CLIENT = fileURLToPath(new URL("./load-client.mjs", import.meta.url));

function runClient(options: Record<string, unknown>): Promise<NonNullable<ClientAnswer["result"]>> {
  return new Promise((resolve, reject) => {
    const child = fork(CLIENT, [], { execArgv: [], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let answered = false;
    child.once("message", (answer: ClientAnswer) => {
      answered = true;
      child.disconnect();
      if (answer.ok && answer.result) resolve(answer.result);
      else reject(new Error(`load client: ${answer.error ?? "no result"}`));
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (!answered) reject(new Error(`load client exited with code ${code} before answering`));
    });
    child.send(options);
  });
}

async function fire(target: LoadTarget, connections: number, duration: number): Promise<Round> {
  const cpu = process.cpuUsage();
  const result = await runClient({
    url: target.url,
    method: target.method ?? "POST",
    headers: target.headers,
    body: target.body,
    connections,
    duration,
    timeout: 10,
  });
  const used = process.cpuUsage(cpu);
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) {
    throw new Error(
      `${target.url}: ${failed} of ${result.requests.total} requests failed (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`,
    );
  }
  return { requests: result.requests, latency: result.latency, cpuMs: (used.user + used.system) / 1000 };
}

function combine(rounds: Round[]): LoadResult {
  const roundsRps = rounds.map((r) => r.requests.average);
  const requests = rounds.reduce((sum, r) => sum + r.requests.total, 0);
  return {
    rps: roundsRps.reduce((a, b) => a + b, 0) / rounds.length,
    p50: median(rounds.map((r) => r.latency.p50)),
    p99: median(rounds.map((r) => r.latency.p99)),
    requests,
    cpuMsPerRequest: rounds.reduce((sum, r) => sum + r.cpuMs, 0) / Math.max(1, requests),
    roundsRps,
  };
}

/** One target: warm-up, then the whole duration in one run. */
export async function measureLoad(target: LoadTarget, settings: LoadSettings): Promise<LoadResult> {
  if (settings.warmup > 0) await fire(target, settings.connections, settings.warmup);
  return combine([await fire(target, settings.connections, settings.duration)]);
}

/** Several targets (a figure and its baseline): each warmed up, then measured in alternating rounds. */
export async function measureSideBySide<Name extends string>(
  targets: Record<Name, LoadTarget>,
  settings: LoadSettings,
): Promise<Record<Name, LoadResult>> {
  const names = Object.keys(targets) as Name[];
  const rounds = new Map<Name, Round[]>(names.map((name) => [name, []]));
  if (settings.warmup > 0) for (const name of names) await fire(targets[name], settings.connections, settings.warmup);
  const roundSeconds = Math.max(1, Math.round(settings.duration / settings.rounds));
  for (let round = 0; round < settings.rounds; round++) {
    for (const name of names) rounds.get(name)!.push(await fire(targets[name], settings.connections, roundSeconds));
  }
  return Object.fromEntries(names.map((name) => [name, combine(rounds.get(name)!)])) as Record<Name, LoadResult>;
}
