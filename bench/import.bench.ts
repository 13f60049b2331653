/**
 * `npm run bench -- import`: the product's import of N generated figures (a CSV of the 40 targets
 * of bench/synthetic.ts, `BENCH_IMPORT_FIGURES`, default 50.000, the most rows a sheet may have: parsed, checked against the
 * stored resolution, written all or nothing with revisions and audit) against a plain COPY of the
 * same rows into a table of the same shape, in the same run: on the PostgreSQL server
 * (127.0.0.1:5432, a fresh database; the baseline is psql's `\copy` into observation_revisions of
 * another fresh database) and on the embedded database (the baseline is PGlite's COPY FROM
 * '/dev/blob'). Then, on each database, the longest pause of the event loop and the slowest
 * `/api/health` answer (polled every 20 ms) while a 5.000-figure import runs over HTTP (the
 * goal: never more than 100 ms).
 */
import { spawn } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { openTestDatabase, type Backend } from '../test/databases';
import { saveTestDossier, TEST_ACTOR } from '../test/factories';
import type { Database } from '../src/db/database';
import { importFile } from '../src/excel/import.service';
import { holdImportWorker, importWorkerReady } from '../src/excel/import-worker-pool';
import { openTestApp, addUser, signIn } from '../src/server/testing';
import { CSRF_HEADER } from '../src/server/session';
import type { BenchResult } from './measure';
import { syntheticDossier } from './synthetic';

interface Row {
  code: string;
  period: string;
  value: number;
}

/** `n` figures of the synthetic commune's targets, month after month from 1900-01. */
function figureRows(n: number): Row[] {
  const dossier = syntheticDossier('B', 40, 20, 7);
  const rows: Row[] = [];
  const targets = dossier.targets;
  for (let m = 0; rows.length < n; m++)
    for (const t of targets) {
      if (rows.length >= n) break;
      const goal = t.goal.type === 'number' ? t.goal.value : 1;
      const period = `${1900 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      rows.push({
        code: t.code,
        period,
        value: Math.round(goal * (0.6 + ((m * 37 + Number(t.code)) % 50) / 100) * 100) / 100,
      });
    }
  return rows;
}

function csvOf(rows: Row[]): Buffer {
  const lines = ['Mã chỉ tiêu;Kỳ;Giá trị;Trạng thái'];
  for (const r of rows) lines.push(`${r.code};${r.period};${String(r.value).replace('.', ',')};Chính thức`);
  return Buffer.from(lines.join('\n'));
}

/** A fresh database of the backend with the synthetic commune's resolution (targets, no figures). */
async function withResolution(backend: Backend) {
  const t = await openTestDatabase(backend);
  const dossier = { ...syntheticDossier('381', 40, 20, 7), observations: [] };
  dossier.unit = { code: '381', name: 'thị xã Bỉm Sơn', level: 'district', parentCode: '38' };
  const saved = await saveTestDossier(t.db, dossier);
  return { t, saved, dossier };
}

/** The same rows as the COPY text of observation_revisions. */
function copyText(rows: Row[], targetId: (code: string) => string): string {
  let out = '';
  rows.forEach((r, i) => {
    out += `bench-${String(i + 1).padStart(7, '0')}\t${targetId(r.code)}\t${r.period}\t1\tofficial\t${r.value}\t${TEST_ACTOR.userId}\n`;
  });
  return out;
}

const COPY_COLUMNS = 'id, target_id, period, revision, status, value_number, recorded_by';

async function psqlCopy(url: string, text: string): Promise<number> {
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      'psql',
      [url, '-v', 'ON_ERROR_STOP=1', '-qc', `\\copy observation_revisions (${COPY_COLUMNS}) from stdin`],
      {
        stdio: ['pipe', 'ignore', 'inherit'],
      },
    );
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`psql exited with ${code}`))));
    child.stdin.end(text);
  });
  return performance.now() - start;
}

async function pgliteCopy(text: string): Promise<number> {
  const db = await PGlite.create();
  // The shape of observation_revisions: its primary key and unique key (no foreign key).
  await db.exec(`create table observation_revisions (
    id text primary key, target_id text not null, period text not null, revision integer not null check (revision > 0),
    status text, value_number numeric, value_json jsonb, deleted boolean not null default false, source text,
    comment text, recorded_at timestamptz not null default now(), recorded_by text, recorded_by_name text, hedge text,
    unique (target_id, period, revision))`);
  const start = performance.now();
  await db.query(`copy observation_revisions (${COPY_COLUMNS}) from '/dev/blob'`, [], {
    blob: new Blob([text]),
  });
  const ms = performance.now() - start;
  await db.close();
  return ms;
}

/** The whole import's time and that of its write (from the write stage to the end). */
async function productImport(db: Database, bytes: Buffer): Promise<{ ms: number; writeMs: number }> {
  const start = performance.now();
  let writeStart = Number.NaN;
  const result = await importFile(
    db,
    TEST_ACTOR,
    { unitCode: '381', bytes, filename: 'bench.csv' },
    (stage) => {
      if (stage === 'write' && Number.isNaN(writeStart)) writeStart = performance.now();
    },
  );
  const end = performance.now();
  if (result.figuresRecorded === 0) throw new Error('nothing imported');
  return { ms: end - start, writeMs: end - writeStart };
}

async function throughput(backend: Backend, n: number): Promise<BenchResult> {
  const rows = figureRows(n);
  const product = await withResolution(backend);
  const baseline = await withResolution(backend);
  // The import worker thread, started and ready as a server has it (it starts with the server).
  const releaseWorker = holdImportWorker();
  await importWorkerReady();
  try {
    const { ms: productMs, writeMs } = await productImport(product.t.db, csvOf(rows));
    const text = copyText(rows, (code) => {
      const id = baseline.dossier.targets.find((t) => t.code === code)?.id as string;
      return baseline.saved.targetIds[id] as string;
    });
    const baselineMs =
      backend === 'server' ? await psqlCopy(baseline.t.url as string, text) : await pgliteCopy(text);
    const perSecond = (ms: number) => Math.round(n / (ms / 1000));
    return {
      name: `import: ${n} figures, ${backend} database (figures/s)`,
      baselineName:
        backend === 'server' ? "psql's \\copy of the same rows" : "PGlite's COPY of the same rows",
      ratio: perSecond(productMs) / perSecond(baselineMs),
      details: {
        productPerSecond: perSecond(productMs),
        baselinePerSecond: perSecond(baselineMs),
        productMs: Math.round(productMs),
        // The set-based write alone (locks, checks, revisions, audit), after parsing and checking.
        writePerSecond: perSecond(writeMs),
        writeMs: Math.round(writeMs),
        baselineMs: Math.round(baselineMs),
        goal: '≥ 500000 figures/s on PostgreSQL',
      },
    };
  } finally {
    await releaseWorker();
    await product.t.close();
    await baseline.t.close();
  }
}

/** The longest event-loop pause and slowest health answer while a 5.000-figure import runs over HTTP. */
async function pauses(backend: Backend): Promise<BenchResult> {
  const test = await openTestApp(backend);
  try {
    const dossier = { ...syntheticDossier('381', 40, 20, 7), observations: [] };
    dossier.unit = { code: '381', name: 'thị xã Bỉm Sơn', level: 'district', parentCode: '38' };
    await saveTestDossier(test.database.db, dossier);
    await addUser(test, 'bench.editor', [{ unitCode: '381', role: 'editor' }]);
    const client = await signIn(test.app, 'bench.editor');
    await test.app.listen({ port: 0, host: '127.0.0.1' });
    // The import worker thread starts with the server; a server imports once it is ready.
    await importWorkerReady();
    const base = `http://127.0.0.1:${(test.app.server.address() as AddressInfo).port}`;
    const health = async () => {
      const start = performance.now();
      await (await fetch(`${base}/api/health`)).arrayBuffer();
      return performance.now() - start;
    };
    const quiet = [];
    for (let i = 0; i < 20; i++) quiet.push(await health());
    const form = new FormData();
    form.append('file', new Blob([csvOf(figureRows(5000)).toString('utf8')]), 'bench.csv');
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const started = performance.now();
    let done = false;
    const upload = fetch(`${base}/api/units/381/imports?wait=true`, {
      method: 'POST',
      headers: { cookie: client.cookie, [CSRF_HEADER]: client.csrfToken },
      body: form,
    }).then(async (r) => {
      done = true;
      const body = (await r.json()) as { job: { state: string; result?: { figuresRecorded: number } } };
      if (body.job.state !== 'succeeded') throw new Error(`import ${body.job.state}`);
      return body.job.result?.figuresRecorded;
    });
    const during: number[] = [];
    while (!done) {
      during.push(await health());
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const recorded = await upload;
    const importMs = performance.now() - started;
    loop.disable();
    const slowest = Math.max(...during);
    return {
      name: `import: slowest /api/health while 5.000 figures are imported over HTTP, ${backend} database (ms)`,
      baselineName: 'slowest /api/health before the import',
      ratio: slowest / Math.max(...quiet),
      details: {
        slowestHealthMs: Math.round(slowest),
        quietHealthMs: Math.round(Math.max(...quiet)),
        healthAnswers: during.length,
        longestEventLoopPauseMs: Math.round(loop.max / 1e6),
        importMs: Math.round(importMs),
        figures: recorded ?? 0,
        goal: '≤ 100 ms',
      },
    };
  } finally {
    await test.close();
  }
}

/** Import throughput against COPY, and the pauses an import causes, on both databases. */
export async function benchImport(): Promise<BenchResult[]> {
  const n = Number(process.env.BENCH_IMPORT_FIGURES ?? 50_000);
  const results: BenchResult[] = [];
  for (const backend of ['server', 'embedded'] as const) results.push(await throughput(backend, n));
  for (const backend of ['server', 'embedded'] as const) results.push(await pauses(backend));
  return results;
}
