// Runs one autocannon load in a process of its own (forked by load.ts), so the benchmark
// process's CPU time is the server's alone. Plain JavaScript: started without the TS loader.
import autocannon from "autocannon";

process.once("message", async (options) => {
  try {
    const r = await autocannon(options);
    const pick = (h) => ({ average: h.average, mean: h.mean, p50: h.p50, p99: h.p99, total: h.total });
    process.send({ ok: true, result: { requests: pick(r.requests), latency: pick(r.latency), errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx } });
  } catch (error) {
    process.send({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
