/**
 * Load test of one unit's dashboard over HTTP with authentication: the real server
 * (`vedich serve --demo`, fresh data folder, or VEDICH_LOAD_URL / DATABASE_URL as given), signed
 * in as the demo admin, N connections asking for a resolution with its evaluation for a bounded
 * time, while a second client saves figures. Baseline in the same run: the same connections on
 * `/api/health` (answered without the database's figures). Loopback only; every loop ends by
 * itself.
 *
 *   node bin/run-ts.js bench/load.ts [--connections 50] [--seconds 10] [--saves-per-second 5]
 */
import autocannon from 'autocannon';
import { DEMO_PASSWORD, startServer, type RunningServer } from '../test/e2e/harness';
import { apiAs, type ApiClient } from '../test/e2e/api-client';

/** The outcome of one load run. */
export interface LoadRun {
  requestsPerSecond: number;
  p99Ms: number;
  p50Ms: number;
  errors: number;
  non2xx: number;
  timeouts: number;
}

/** Options of {@link loadTest}. */
export interface LoadOptions {
  connections: number;
  seconds: number;
  savesPerSecond: number;
  /** A server already running (default VEDICH_LOAD_URL, else one is started). */
  url?: string;
}

async function hammer(url: string, cookie: string, options: LoadOptions): Promise<LoadRun> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    // As a browser asks: kept answers are sent gzipped.
    headers: { cookie, 'accept-encoding': 'gzip, deflate, br' },
    timeout: 10,
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    p50Ms: result.latency.p50,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  };
}

/** Saves figures at a steady rate until stopped: the load a dashboard meets while offices enter. */
function saveWhile(
  api: ApiClient,
  resolutionId: string,
  targetId: string,
  perSecond: number,
  shown: (period: string, value: number) => Promise<boolean>,
): () => Promise<{ saved: number; visibleMs: number[] }> {
  let saved = 0;
  const visibleMs: number[] = [];
  let revision = 0;
  let stopped = false;
  const loop = (async () => {
    let month = 0;
    while (!stopped && perSecond > 0) {
      const period = `2025-${String((month++ % 12) + 1).padStart(2, '0')}`;
      const value = 100 + month;
      try {
        await api.post(`/api/resolutions/${resolutionId}/observations`, {
          items: [{ targetId, period, value, status: 'estimate', expectedRevision: revision }],
        });
        saved++;
        // Until another reader's dashboard shows it (given up after 5 s).
        const savedAt = performance.now();
        while (!(await shown(period, value)) && performance.now() - savedAt < 5000) {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        visibleMs.push(Math.round(performance.now() - savedAt));
      } catch {
        // a revision taken meanwhile: read it again next time
      }
      if (month % 12 === 0) revision++;
      await new Promise((resolve) => setTimeout(resolve, 1000 / perSecond));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return { saved, visibleMs };
  };
}

/** Signs in as the demo admin: the cookie for the load and a client for the saves. */
async function signIn(base: string): Promise<{ cookie: string; api: ApiClient }> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`Sign-in failed: ${login.status} ${await login.text()}`);
  return {
    cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    api: await apiAs(base, 'admin'),
  };
}

/** Runs the dashboard load test against a running (VEDICH_LOAD_URL) or a started server. */
export async function loadTest(options: LoadOptions): Promise<{
  dashboard: LoadRun;
  health: LoadRun;
  saved: number;
  /** From a save's answer until another reader's dashboard shows the figure: p95 and worst. */
  visibleP95Ms: number;
  visibleMaxMs: number;
  answerBytes: number;
}> {
  const external = options.url ?? process.env.VEDICH_LOAD_URL;
  const server: RunningServer | undefined = external ? undefined : await startServer();
  const base = external?.replace(/\/$/, '') ?? (server as RunningServer).url;
  try {
    const { cookie, api } = await signIn(base);
    const { resolutions } = (await api.get('/api/units/381/resolutions')) as {
      resolutions: { id: string }[];
    };
    const resolutionId = resolutions[0]?.id;
    if (!resolutionId) throw new Error('The demo holds no resolution of unit 381.');
    const view = (await api.get(`/api/resolutions/${resolutionId}`)) as {
      dossier: { targets: { id: string; kind: string; goal: { type: string } }[] };
    };
    const answerBytes = JSON.stringify(view).length;
    const target = view.dossier.targets.find((t) => t.goal.type === 'number' && t.kind === 'end-level');
    const url = `${base}/api/resolutions/${resolutionId}`;
    const shown = async (period: string, value: number) => {
      const answer = (await (await fetch(url, { headers: { cookie } })).json()) as {
        dossier: { observations: { targetId: string; period: string; value: unknown }[] };
      };
      return answer.dossier.observations.some(
        (o) => o.targetId === target?.id && o.period === period && o.value === value,
      );
    };
    const stopSaving = target
      ? saveWhile(api, resolutionId, target.id, options.savesPerSecond, shown)
      : async () => ({ saved: 0, visibleMs: [] });
    const dashboard = await hammer(url, cookie, options);
    const { saved, visibleMs } = await stopSaving();
    const health = await hammer(`${base}/api/health`, cookie, options);
    const sorted = [...visibleMs].sort((a, b) => a - b);
    const visibleP95Ms = sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
    return { dashboard, health, saved, visibleP95Ms, visibleMaxMs: sorted.at(-1) ?? 0, answerBytes };
  } finally {
    await server?.stop();
  }
}

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

if (process.argv[1]?.endsWith('load.ts')) {
  const options = {
    connections: argument('connections', 50),
    seconds: Math.min(argument('seconds', 10), 120),
    savesPerSecond: argument('saves-per-second', 5),
  };
  const outcome = await loadTest(options);
  console.log(JSON.stringify({ options, ...outcome }, null, 2));
}
