/**
 * The real server killed with SIGKILL in the middle of writing, then restarted, on both
 * databases (the embedded one in a data folder, a fresh database on the PostgreSQL server). Each
 * cycle starts a stream of figure saves, then an import, and kills the process once the import
 * has read its file (checking or writing), shortly after it started, or just after it finished.
 * After the restarts: every save answered 2xx is there, every save is all of its figures or none
 * and each stored figure has its audit row (its own, or its import's), every import is all of its figures or none (and all
 * of them when its job had answered 'succeeded').
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';
import { BACKENDS, openTestDatabase, type Backend, type TestDatabase } from '../databases';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEMO_PASSWORD = 'demo-2025-vedich';
const EDITOR = 'thanhhoa.editor';
const UNIT = '380';
/** Saves run alone for this long before the import starts. */
const SAVES_ALONE_MS = 400;
/** When each cycle's kill comes: as soon as the import has read its file (the embedded database
 * answers no poll while the import's transaction runs, so its writing cannot be waited for), so
 * many ms after the import started, or just after it finished (saves in flight only). */
type Kill = 'import-read' | 'import-done' | number;
const KILLS: readonly Kill[] = ['import-read', 60, 'import-done'];
const SAVE_CONCURRENCY = 3;
const MONTHS = [2024, 2025].flatMap((y) =>
  Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`),
);
const IMPORT_PERIODS = [2021, 2022, 2023, 2024, 2025].flatMap((y) => [
  `${y}-Q1`,
  `${y}-Q2`,
  `${y}-Q3`,
  `${y}-Q4`,
  `${y}-H1`,
  `${y}-9M`,
]);

interface Figure {
  targetId: string;
  period: string;
  value: number;
}

interface Server {
  url: string;
  child: ChildProcess;
  output: () => string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** `vedich serve` on the data folder or the database URL, once /api/health answers. */
async function startServer(target: { dataDir?: string; url?: string }, demo: boolean): Promise<Server> {
  const port = await freePort();
  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (target.url) env.DATABASE_URL = target.url;
  const args = ['bin/vedich.js', 'serve', '--port', String(port), '--data', target.dataDir ?? ROOT];
  if (demo) args.push('--demo');
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 110_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the server stopped at start (exit ${child.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /api/health in time:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, child, output: () => log };
}

async function stopServer(server: Server, signal: NodeJS.Signals): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill(signal);
  await exited;
}

interface Session {
  /** Cookie and CSRF token. */
  headers: Record<string, string>;
  call(method: string, path: string, body?: unknown, type?: string): Promise<Response>;
}

async function signIn(url: string): Promise<Session> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: EDITOR, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken };
  return {
    headers,
    call: (method, path, body, type = 'application/json') =>
      fetch(`${url}${path}`, {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': type }) },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}

interface Interchange {
  targets: { id: string; kind: string; goal: { type: string } }[];
  observations?: Record<string, unknown>[];
}

/** The resolution of the unit the editor enters figures for, and its numeric targets. */
async function numericTargets(session: Session): Promise<{ resolutionId: string; targetIds: string[] }> {
  const list = (await (await session.call('GET', `/api/units/${UNIT}/resolutions`)).json()) as
    { id: string }[] | { resolutions: { id: string }[] };
  const resolutions = Array.isArray(list) ? list : list.resolutions;
  const resolutionId = resolutions[0]?.id;
  if (!resolutionId) throw new Error('no resolution for the unit');
  const { dossier } = (await (await session.call('GET', `/api/resolutions/${resolutionId}`)).json()) as {
    dossier: Interchange;
  };
  const targetIds = dossier.targets
    .filter((t) => t.goal.type === 'number' && ['end-level', 'count', 'ratio'].includes(t.kind))
    .map((t) => t.id);
  return { resolutionId, targetIds };
}

interface CycleResult {
  saves: { figures: Figure[]; acknowledged: boolean }[];
  importFigures: Figure[];
  importSucceeded: boolean;
  /** The import was still running when the process died. */
  importCut: boolean;
}

/** One cycle: an import and a stream of saves, killed at `when`. */
async function runCycle(
  server: Server,
  cycle: number,
  when: Kill,
  pairs: { targetId: string; period: string }[],
): Promise<CycleResult> {
  const session = await signIn(server.url);
  const { resolutionId, targetIds } = await numericTargets(session);
  // The import: the unit's own export with new figures for every numeric target.
  const exported = (await (
    await session.call('GET', `/api/units/${UNIT}/export.json`)
  ).json()) as Interchange;
  const importFigures = targetIds.flatMap((targetId, t) =>
    IMPORT_PERIODS.map((period, p) => ({ targetId, period, value: 100_000 * cycle + 100 * t + p + 0.25 })),
  );
  const revisions = new Map<string, number>();
  for (const o of exported.observations ?? []) {
    const key = `${String(o.targetId)}|${String(o.period)}`;
    revisions.set(key, Math.max(revisions.get(key) ?? 0, Number(o.revision)));
  }
  const added = importFigures.map((f) => ({
    ...f,
    status: 'estimate',
    revision: (revisions.get(`${f.targetId}|${f.period}`) ?? 0) + 1,
  }));
  const file = JSON.stringify({ ...exported, observations: [...(exported.observations ?? []), ...added] });
  const form = new FormData();
  form.append('file', new Blob([file], { type: 'application/json' }), 'crash.json');
  const result: CycleResult = { saves: [], importFigures, importSucceeded: false, importCut: false };
  let killed = false;
  const saver = async () => {
    while (!killed && pairs.length >= 2) {
      const figures = pairs
        .splice(0, 2)
        .map((p, i) => ({ ...p, value: 1_000_000 * cycle + result.saves.length * 10 + i + 0.5 }));
      const save = { figures, acknowledged: false };
      result.saves.push(save);
      const items = figures.map((f) => ({ ...f, status: 'estimate', expectedRevision: 0 }));
      const response = await session
        .call('POST', `/api/resolutions/${resolutionId}/observations`, { items })
        .catch(() => null);
      save.acknowledged = response !== null && response.ok;
    }
  };
  const savers = Array.from({ length: SAVE_CONCURRENCY }, saver);
  await new Promise((resolve) => setTimeout(resolve, SAVES_ALONE_MS));
  const started = await fetch(`${server.url}/api/units/${UNIT}/imports`, {
    method: 'POST',
    headers: session.headers,
    body: form,
  }).catch(() => null);
  const importId = started?.status === 202 ? ((await started.json()) as { id: string }).id : null;
  let importRunning = importId !== null;
  let killNow: () => void = () => undefined;
  const kill = new Promise<void>((resolve) => {
    killNow = () => {
      if (killed) return;
      killed = true;
      result.importCut = importRunning;
      server.child.kill('SIGKILL');
      resolve();
    };
    setTimeout(killNow, typeof when === 'number' ? when : 20_000);
  });
  const watchImport = async () => {
    while (importId && !killed) {
      const job = await session.call('GET', `/api/imports/${importId}`).catch(() => null);
      const { state, stage } = job?.ok
        ? ((await job.json()) as { state: string; stage: string })
        : { state: '', stage: '' };
      if (state === 'succeeded') result.importSucceeded = true;
      importRunning = state === 'running';
      if (when === 'import-read' && (stage !== 'parse' || !importRunning)) killNow();
      if (!importRunning) {
        if (when === 'import-done') setTimeout(killNow, 30);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  await Promise.all([kill, watchImport(), ...savers]);
  if (server.child.exitCode === null && server.child.signalCode === null) {
    await new Promise((resolve) => server.child.once('exit', resolve));
  }
  return result;
}

describe.each(BACKENDS)('killed mid-write and restarted (%s)', (backend: Backend) => {
  let dataDir: string | undefined;
  let database: TestDatabase | undefined;
  let server: Server | undefined;
  afterAll(async () => {
    if (server) await stopServer(server, 'SIGKILL');
    await database?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it(`loses no acknowledged write and keeps no half write over ${KILLS.length} kills`, async () => {
    if (backend === 'embedded') dataDir = mkdtempSync(path.join(tmpdir(), 'vedich-crash-'));
    else database = await openTestDatabase('server', { migrated: false });
    const target = { dataDir, url: database?.url };
    server = await startServer(target, true);
    const first = await signIn(server.url);
    const { targetIds } = await numericTargets(first);
    expect(targetIds.length).toBeGreaterThan(3);
    const pairs = MONTHS.flatMap((period) => targetIds.map((targetId) => ({ targetId, period })));
    const results: CycleResult[] = [];
    for (const [cycle, when] of KILLS.entries()) {
      results.push(await runCycle(server, cycle + 1, when, pairs));
      server = await startServer(target, false);
    }
    // The restarted server answers; then it stops so the data can be read directly.
    expect((await fetch(`${server.url}/api/health`)).ok).toBe(true);
    await stopServer(server, 'SIGTERM');
    const db: Database = database ? database.db : await openDatabase({ dataDir });
    try {
      await checkNothingLost(db, results);
    } finally {
      if (!database) await db.close();
    }
  }, 600_000);
});

async function checkNothingLost(db: Database, results: CycleResult[]): Promise<void> {
  const rows = await db.query<{
    id: string;
    target_id: string;
    period: string;
    value: string;
    audited: boolean;
  }>(
    `select o.id, o.target_id, o.period, o.value_number::text as value,
            -- A figure saved alone has its own audit row; an imported one, its import's row
            -- (revision ids of an import are '<import id>-0000001'…).
            exists (select 1 from audit_log a
                     where (a.entity = 'observation' and a.entity_id = o.id)
                        or (a.entity = 'import' and o.id like a.entity_id || '-%')) as audited
       from observation_revisions o where o.recorded_by_name = $1`,
    [EDITOR],
  );
  const stored = new Set(rows.map((r) => `${r.target_id}|${r.period}|${Number(r.value)}`));
  const has = (f: Figure) => stored.has(`${f.targetId}|${f.period}|${f.value}`);
  const problems: string[] = [];
  let acknowledged = 0;
  let cut = 0;
  for (const [i, result] of results.entries()) {
    for (const save of result.saves) {
      const present = save.figures.filter(has).length;
      if (save.acknowledged) acknowledged++;
      else cut++;
      if (save.acknowledged && present !== save.figures.length) {
        problems.push(`cycle ${i + 1}: an acknowledged save lost ${save.figures.length - present} figure(s)`);
      }
      if (present !== 0 && present !== save.figures.length)
        problems.push(`cycle ${i + 1}: a save half written`);
    }
    const imported = result.importFigures.filter(has).length;
    if (imported !== 0 && imported !== result.importFigures.length) {
      problems.push(`cycle ${i + 1}: import half written (${imported}/${result.importFigures.length})`);
    }
    if (result.importSucceeded && imported !== result.importFigures.length) {
      problems.push(
        `cycle ${i + 1}: a succeeded import lost ${result.importFigures.length - imported} figure(s)`,
      );
    }
  }
  const unaudited = rows.filter((r) => !r.audited).length;
  if (unaudited) problems.push(`${unaudited} figure(s) without their audit row`);
  const imports = results.map((r) => (r.importCut ? 'cut' : r.importSucceeded ? 'succeeded' : 'refused'));
  const figures = `${acknowledged} saves answered, ${cut} cut, imports ${imports.join(', ')}, ${rows.length} figures stored`;
  expect(problems, figures).toEqual([]);
  // The kills landed mid-way: saves answered and saves cut, an import cut while writing.
  expect(acknowledged, figures).toBeGreaterThan(0);
  expect(cut, figures).toBeGreaterThan(0);
  expect(imports, figures).toContain('cut');
}
