/**
 * One unit's dashboard over HTTP with authentication under load (bench/load.ts): 50 connections
 * for a bounded time while figures are saved, against the same connections on `/api/health` in
 * the same run. The goal of the national-scale work is ≥ 1.500 requests/s and p99 ≤ 100 ms.
 */
import type { BenchResult } from './measure';
import { loadTest } from './load';

/** Dashboard requests per second and p99 under load, as a ratio of the health route's. */
export async function benchDashboardUnderLoad(): Promise<BenchResult[]> {
  const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
  const { dashboard, health, saved, visibleP95Ms, visibleMaxMs, answerBytes } = await loadTest({
    connections: 50,
    seconds,
    savesPerSecond: 5,
  });
  return [
    {
      name: 'http: dashboard of one unit, 50 connections, figures saved meanwhile (requests/s)',
      baselineName: '/api/health under the same load',
      ratio: dashboard.requestsPerSecond / Math.max(1, health.requestsPerSecond),
      details: {
        requestsPerSecond: dashboard.requestsPerSecond,
        p50Ms: dashboard.p50Ms,
        p99Ms: dashboard.p99Ms,
        timeouts: dashboard.timeouts,
        non2xx: dashboard.non2xx,
        answerKb: Math.round(answerBytes / 1024),
        figuresSaved: saved,
        savedToShownP95Ms: visibleP95Ms,
        savedToShownMaxMs: visibleMaxMs,
        healthRequestsPerSecond: health.requestsPerSecond,
        healthP99Ms: health.p99Ms,
        goal: '≥ 1500 requests/s, p99 ≤ 100 ms; a saved figure shown to other readers within 1 s (p95)',
      },
    },
  ];
}
