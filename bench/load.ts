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
): () => Promise<number> {
  let saved = 0;
  let revision = 0;
  let stopped = false;
  const loop = (async () => {
    let month = 0;
    while (!stopped && perSecond > 0) {
      const period = `2025-${String((month++ % 12) + 1).padStart(2, '0')}`;
      try {
        await api.post(`/api/resolutions/${resolutionId}/observations`, {
          items: [{ targetId, period, value: 100 + month, status: 'estimate', expectedRevision: revision }],
        });
        saved++;
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
    return saved;
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
export async function loadTest(
  options: LoadOptions,
): Promise<{ dashboard: LoadRun; health: LoadRun; saved: number; answerBytes: number }> {
  const external = process.env.VEDICH_LOAD_URL;
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
    const stopSaving = target
      ? saveWhile(api, resolutionId, target.id, options.savesPerSecond)
      : async () => 0;
    const dashboard = await hammer(`${base}/api/resolutions/${resolutionId}`, cookie, options);
    const saved = await stopSaving();
    const health = await hammer(`${base}/api/health`, cookie, options);
    return { dashboard, health, saved, answerBytes };
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
