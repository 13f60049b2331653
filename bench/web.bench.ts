/**
 * Web dashboard speed: the real server (`vedich serve --demo`, fresh data folder) and Chromium.
 * A 40-target resolution with five years of quarterly figures is created over the API for a demo
 * unit; the subject is the time from navigating to its dashboard until all 40 target cards are
 * visible (a fresh page each run, session cookie kept, so the browser cache is warm as for a
 * returning user). Baseline, in the same run and browser: navigating to a static page of the same
 * server (`/api/health`); both timings include opening and closing the page. The first-load size
 * of the built app (entry chunk, its static imports and stylesheet, gzip) is reported beside.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { measureBundle } from '../src/web/measure-bundle';
import {
  launchBrowser,
  ROOT,
  signIn,
  startServer,
  type Browser,
  type RunningServer,
} from '../test/e2e/harness';
import { apiAs } from '../test/e2e/api-client';
import type { BenchResult } from './measure';
import { syntheticDossier } from './synthetic';

const TARGETS = 40;
const RUNS = 10;
const WARMUP = 2;

interface UnitRow {
  code: string;
  name: string;
  level: string;
  parentCode?: string | null;
}

/** Builds dist/web when it is missing (the server serves the built app). */
function ensureWebBuild(): string {
  const dist = path.join(ROOT, 'dist/web');
  if (existsSync(path.join(dist, 'index.html')) && existsSync(path.join(dist, '.vite/manifest.json')))
    return dist;
  console.log('dist/web thiếu: đang chạy `npm run build:web`…');
  const built = spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0 || !existsSync(path.join(dist, '.vite/manifest.json')))
    throw new Error('dist/web is missing and `npm run build:web` failed: build the web app first.');
  return dist;
}

/** The lowest-level demo unit the admin sees (a commune, else a district), for the resolution. */
function pickUnit(units: UnitRow[]): UnitRow {
  const rank = (level: string) => ['commune', 'district', 'province'].indexOf(level);
  const candidates = units.filter((u) => rank(u.level) >= 0).sort((a, b) => rank(a.level) - rank(b.level));
  const unit = candidates[0] ?? units[0];
  if (!unit) throw new Error('The demo data holds no unit visible to admin.');
  return unit;
}

/** Median in milliseconds of `fn` over RUNS runs after WARMUP runs. */
async function median(fn: () => Promise<void>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** The dashboard of a 40-target resolution, from navigation to every card visible. */
export async function benchWebDashboard(): Promise<BenchResult[]> {
  const dist = ensureWebBuild();
  const bundle = measureBundle(dist);
  const firstLoadJsGzip = bundle.initial
    .filter((f) => f.file.endsWith('.js'))
    .reduce((s, f) => s + f.gzip, 0);

  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer();
    const base = server.url;
    const admin = await apiAs(base, 'admin');
    const { units } = (await admin.get('/api/units')) as { units: UnitRow[] };
    const unit = pickUnit(units);
    const dossier = syntheticDossier(unit.code, TARGETS, 20);
    const parts = { ...dossier, unit: undefined };
    const created = (await admin.post(`/api/units/${encodeURIComponent(unit.code)}/resolutions`, {
      ...parts,
      issuer: { ...parts.issuer, name: `ĐẢNG BỘ ${unit.name.toLocaleUpperCase('vi-VN')}` },
      congress: { ...parts.congress, committee: `Đảng bộ ${unit.name}` },
      title: `Nghị quyết Đại hội (${TARGETS} chỉ tiêu, đo tốc độ)`,
    })) as { id: string };
    const dashboardUrl = `${base}/u/${encodeURIComponent(unit.code)}/dashboard?r=${encodeURIComponent(created.id)}`;

    browser = await launchBrowser();
    const context = browser.context;
    const signInPage = await context.newPage();
    await signIn(signInPage, base, 'admin');
    await signInPage.close();

    const errors: string[] = [];
    const onPage = async (fn: (page: Page) => Promise<void>) => {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await fn(page);
      } finally {
        await page.close();
      }
    };
    const cards = (page: Page) => page.locator('.target-card');
    const dashboard = () =>
      onPage(async (page) => {
        await page.goto(dashboardUrl, { waitUntil: 'commit' });
        await cards(page)
          .nth(TARGETS - 1)
          .waitFor({ state: 'visible' });
        const count = await cards(page).count();
        if (count !== TARGETS) throw new Error(`The dashboard shows ${count} cards, expected ${TARGETS}.`);
      });
    const staticPage = () =>
      onPage(async (page) => {
        await page.goto(`${base}/api/health`, { waitUntil: 'load' });
      });

    const baselineMs = await median(staticPage);
    const subjectMs = await median(dashboard);
    if (errors.length > 0) throw new Error(`JavaScript errors in the page: ${errors.join('; ')}`);
    return [
      {
        name: `web: dashboard with ${TARGETS} targets usable`,
        baselineName: 'navigation to /api/health in the same browser',
        ratio: subjectMs / baselineMs,
        details: {
          subjectMs: round(subjectMs),
          baselineMs: round(baselineMs),
          runs: RUNS,
          unit: unit.code,
          firstLoadJsGzipKb: round(firstLoadJsGzip / 1024),
          firstLoadTotalGzipKb: round(bundle.initialGzip / 1024),
          firstLoadTotalRawKb: round(bundle.initialRaw / 1024),
        },
      },
    ];
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }
}
