/**
 * One unit's dashboard over HTTP with authentication under load (bench/load.ts): 50 connections
 * for a bounded time while figures are saved, against the same connections on `/api/health` in
 * the same run. The goal of the national-scale work is ≥ 1.500 requests/s and p99 ≤ 100 ms.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/database';
import { openTestDatabase } from '../test/databases';
import { startServerProcess, stopServerProcess } from '../test/server-process';
import type { BenchResult } from './measure';
import { loadTest } from './load';
import { addStoredFigures } from './stored-figures';

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

/**
 * The same dashboard with about 1 million figures stored (`BENCH_STORED_FIGURES`) against the
 * demo's own few thousand, on each database: the demo loaded, measured, the figures added
 * (bench/stored-figures.ts), the server started again on the same data and measured again. The
 * goal: no slower with 1 million figures than with 1.000.
 */
/** The resident memory of a process in MB (Linux), or of this one without a pid. */
function residentMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid ?? 'self'}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

export async function benchDashboardWithStoredFigures(): Promise<BenchResult[]> {
  const stored = Number(process.env.BENCH_STORED_FIGURES ?? 1_000_000);
  const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
  const results: BenchResult[] = [];
  for (const backend of ['embedded', 'server'] as const) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'vedich-stored-'));
    const server = backend === 'server' ? await openTestDatabase('server', { migrated: false }) : undefined;
    const env: Record<string, string> = server ? { DATABASE_URL: server.url as string } : {};
    const args = server ? [] : ['--data', dataDir];
    /** Starts the server; returns how long it took to answer, its memory, and (with `load`) the
     * load test's outcome after a warm-up, so both runs measure a server past its start. */
    const run = async (demo: boolean, load = true) => {
      const before = performance.now();
      const started = await startServerProcess(env, {
        args: [...args, ...(demo ? ['--demo'] : [])],
        timeoutMs: 120_000,
      });
      const startMs = Math.round(performance.now() - before);
      try {
        const rssMb = residentMb(started.child.pid);
        if (!load) return { startMs, rssMb };
        await loadTest({ connections: 50, seconds: 2, savesPerSecond: 5, url: started.base });
        const outcome = await loadTest({ connections: 50, seconds, savesPerSecond: 5, url: started.base });
        return { startMs, rssMb, rssAfterLoadMb: residentMb(started.child.pid), ...outcome };
      } finally {
        await stopServerProcess(started.child);
      }
    };
    try {
      const few = await run(true);
      const plain = await run(false, false);
      const db = server?.db ?? (await openDatabase({ dataDir }));
      const added = await addStoredFigures(db, stored);
      const total = Number(
        (await db.query<{ n: string }>('select count(*) as n from observation_revisions'))[0]?.n,
      );
      if (!server) await db.close();
      const many = await run(false);
      if (!('dashboard' in few) || !('dashboard' in many)) throw new Error('load test missing');
      results.push({
        name: `start-up (${backend}) with ${total} figures stored, until /api/health answers`,
        baselineName: 'the same with the demo’s figures only',
        ratio: many.startMs / plain.startMs,
        details: {
          startMs: many.startMs,
          baselineStartMs: plain.startMs,
          idleRssMb: many.rssMb,
          baselineIdleRssMb: plain.rssMb,
          rssAfterLoadMb: many.rssAfterLoadMb,
          goal: 'start-up ≤ 10 s with the data loaded; memory: see the engine bench',
        },
      });
      results.push({
        name: `http (${backend}): dashboard with ${total} figures stored (requests/s)`,
        baselineName: 'the same with the demo’s figures only',
        ratio: many.dashboard.requestsPerSecond / Math.max(1, few.dashboard.requestsPerSecond),
        details: {
          figuresAdded: added,
          figuresStored: total,
          requestsPerSecond: many.dashboard.requestsPerSecond,
          p99Ms: many.dashboard.p99Ms,
          baselineRequestsPerSecond: few.dashboard.requestsPerSecond,
          baselineP99Ms: few.dashboard.p99Ms,
          savedToShownP95Ms: many.visibleP95Ms,
          goal: 'no slower with 1 million figures than with 1.000 (ratio ≥ 1 within noise)',
        },
      });
    } finally {
      await server?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return results;
}
