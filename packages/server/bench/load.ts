// Load generation: autocannon in a worker thread (its own event loop, so the client does not
// steal the server's), a short warm-up, then the timed run. A figure and its baseline are
// measured in alternating rounds, so a change in the machine's background load (other builds
// and tests on 2 cores) hits both alike instead of skewing their ratio.
import autocannon from "autocannon";

export interface LoadTarget {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadSettings {
  connections: number;
  /** Seconds of the timed run. */
  duration: number;
  /** Seconds of warm-up before it (JIT, pools, caches); not counted. */
  warmup: number;
  /** measureSideBySide splits the duration into this many alternating rounds. */
  rounds: number;
}

export interface LoadResult {
  /** Requests per second (mean of the per-second samples). */
  rps: number;
  /** Latency percentiles in milliseconds (the median of the rounds' figures). */
  p50: number;
  p99: number;
  requests: number;
  /** Requests per second of each round, to show how steady the machine was. */
  roundsRps: number[];
}

export function loadSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): LoadSettings {
  const number = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}="${raw}" is not a positive number of ${name === "BENCH_CONNECTIONS" ? "connections" : "seconds"}`);
    return value;
  };
  return {
    connections: Math.round(number("BENCH_CONNECTIONS", 10)),
    duration: number("BENCH_DURATION", 10),
    warmup: number("BENCH_WARMUP", 2),
    rounds: Math.round(number("BENCH_ROUNDS", 3)),
  };
}

async function fire(target: LoadTarget, connections: number, duration: number) {
  const result = await autocannon({
    url: target.url,
    method: target.method ?? "POST",
    headers: target.headers,
    body: target.body,
    connections,
    duration,
    workers: 1,
    timeout: 10,
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) {
    throw new Error(
      `${target.url}: ${failed} of ${result.requests.total} requests failed (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`,
    );
  }
  return result;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function combine(rounds: autocannon.Result[]): LoadResult {
  const roundsRps = rounds.map((r) => r.requests.average);
  return {
    rps: roundsRps.reduce((a, b) => a + b, 0) / rounds.length,
    p50: median(rounds.map((r) => r.latency.p50)),
    p99: median(rounds.map((r) => r.latency.p99)),
    requests: rounds.reduce((sum, r) => sum + r.requests.total, 0),
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
  const rounds = new Map<Name, autocannon.Result[]>(names.map((name) => [name, []]));
  if (settings.warmup > 0) for (const name of names) await fire(targets[name], settings.connections, settings.warmup);
  const roundSeconds = Math.max(1, Math.round(settings.duration / settings.rounds));
  for (let round = 0; round < settings.rounds; round++) {
    for (const name of names) rounds.get(name)!.push(await fire(targets[name], settings.connections, roundSeconds));
  }
  return Object.fromEntries(names.map((name) => [name, combine(rounds.get(name)!)])) as Record<Name, LoadResult>;
}
