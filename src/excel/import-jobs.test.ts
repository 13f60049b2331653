/**
 * Import jobs live in the database: a job started through one server instance is read through
 * another, its progress can be read while it runs (on the embedded database too), and an import
 * whose instance stopped before running it is run by a worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../../test/databases';
import { saveTestDossier, TEST_ACTOR } from '../../test/factories';
import { openDatabase, type Database } from '../db/database';
import { insertImportJob } from '../db/import-job.repository';
import { enqueue } from '../jobs/queue';
import { startWorker } from '../jobs/worker';
import { IMPORT_QUEUE, ImportJobs, type ImportJob } from './import-jobs';

const OWNER = { unitCode: '381', userId: TEST_ACTOR.userId, filename: 'so-lieu.csv' };

/** A CSV of `n` figures of target 1 (months from 1900-01), each with a value of its own. */
function figuresCsv(n: number, offset = 0): Buffer {
  const lines = ['Mã chỉ tiêu;Kỳ;Giá trị;Trạng thái'];
  for (let m = 0; m < n; m++)
    lines.push(`1;${1900 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')};${m + offset},5;Ước`);
  return Buffer.from(lines.join('\n'));
}

describe.each(BACKENDS)('import jobs in the database on %s Postgres', (backend) => {
  let t: TestDatabase;
  let second: Database;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    await saveTestDossier(t.db);
    // Another server instance: its own connection pool on the server, the same database.
    second = t.url ? await openDatabase({ url: t.url }) : t.db;
  });
  afterAll(async () => {
    if (second !== t.db) await second.close();
    await t.close();
  });

  it('is read through another instance, with its progress while it runs and its result after', async () => {
    const started = new ImportJobs(t.db);
    const elsewhere = new ImportJobs(second);
    const job = await started.start(OWNER, TEST_ACTOR, figuresCsv(1200));
    expect(job).toMatchObject({ state: 'running', unitCode: '381', filename: 'so-lieu.csv' });
    const seen: ImportJob[] = [];
    for (;;) {
      const now = await elsewhere.get(job.id, TEST_ACTOR.userId);
      expect(now).toBeDefined();
      seen.push(now as ImportJob);
      if (now?.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(seen.some((s) => s.state === 'running' && s.progress > 0 && s.progress < 100)).toBe(true);
    expect(seen.at(-1)).toMatchObject({
      state: 'succeeded',
      stage: 'done',
      progress: 100,
      result: { figuresRecorded: 1200 },
    });
    expect(await elsewhere.get(job.id, 'someone-else')).toBeUndefined();
    const [row] = await t.db.query<{ bytes: unknown }>('select bytes from import_jobs where id = $1', [
      job.id,
    ]);
    expect(row?.bytes).toBeNull();
  });

  it('keeps a failed import as a failed job with its located errors', async () => {
    const jobs = new ImportJobs(t.db);
    const job = await jobs.start(
      OWNER,
      TEST_ACTOR,
      Buffer.from('Mã chỉ tiêu;Kỳ;Giá trị;Trạng thái\n1;2023;1,2,3;Ước\n'),
    );
    const ended = await new ImportJobs(second).settle(job.id, TEST_ACTOR.userId);
    expect(ended).toMatchObject({ state: 'failed', code: 'import_invalid' });
    expect(ended?.errors[0]).toMatchObject({ row: 2, column: 'C' });
  });

  it('runs in a worker when the instance that took the upload stopped before running it', async () => {
    const id = `import-orphan-${backend}`;
    await insertImportJob(t.db, {
      id,
      ...OWNER,
      actor: TEST_ACTOR,
      options: {},
      bytes: figuresCsv(10, 5000),
    });
    await enqueue(t.db, IMPORT_QUEUE, { importId: id }, { singletonKey: `import:${id}` });
    const worker = startWorker(second, { channels: new Map(), pollMs: 60_000 });
    try {
      expect(await worker.drain()).toBeGreaterThanOrEqual(1);
    } finally {
      await worker.stop();
    }
    expect(await new ImportJobs(t.db).get(id, TEST_ACTOR.userId)).toMatchObject({
      state: 'succeeded',
      result: { figuresRecorded: 10 },
    });
  });
});
