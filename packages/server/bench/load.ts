// Load generation: autocannon in a worker thread (its own event loop, so the client does not
// steal the server's), a short warm-up, then one timed run.
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
}

export interface LoadResult {
  /** Requests per second (mean of the per-second samples). */
  rps: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p99: number;
  requests: number;
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

export async function measureLoad(target: LoadTarget, settings: LoadSettings): Promise<LoadResult> {
  if (settings.warmup > 0) await fire(target, settings.connections, settings.warmup);
  const result = await fire(target, settings.connections, settings.duration);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total };
}
