/**
 * Reading and checking an imported file runs in the import worker thread: the same rows and the
 * same located Vietnamese issues as checking it on this thread, an import through
 * `importFile` uses the worker, and the worker ends when the server that holds it closes.
 */
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/databases';
import { buildDossier, seedUnitTree, TEST_ACTOR } from '../../test/factories';
import { AppError } from '../services/app-error';
import { loadDossier, saveDossier } from '../services/dossier.service';
import { buildChangeSet } from './change-set';
import { readImportFile, type ImportFileInput } from './import-parse';
import {
  holdImportWorker,
  importWorkerChecks,
  importWorkerReady,
  importWorkerRunning,
  startCheck,
} from './import-worker-pool';
import { importFile } from './import.service';
import { IssueList } from './issues';
import type { Observation, ResolutionDossier } from '../core';

const HEADER = 'Mã chỉ tiêu;Kỳ;Giá trị;Trạng thái';

function csv(lines: string[]): ImportFileInput {
  return { unitCode: '381', bytes: Buffer.from([HEADER, ...lines].join('\n')), filename: 'so-lieu.csv' };
}

/** The check as it would run on this thread, with the same functions. */
async function checkHere(input: ImportFileInput, stored: ResolutionDossier) {
  const issues = new IssueList();
  const { parsed } = await readImportFile(input, issues);
  const change = buildChangeSet(parsed, stored, input.unitCode, issues, () => 'new-id');
  return { change, issues: issues.list() };
}

describe('the import worker thread', () => {
  let t: TestDatabase;
  let stored: ResolutionDossier;
  beforeAll(async () => {
    t = await openTestDatabase('embedded');
    await seedUnitTree(t.db);
    const id = await saveDossier(t.db, TEST_ACTOR, buildDossier());
    stored = await loadDossier(t.db, id, { revisions: 'current' });
  });
  afterAll(() => t.close());

  it('reads the file on another thread and gives the rows checking it here gives', async () => {
    const month = (n: number) => `${1900 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
    const value = (n: number) => (n % 97) + 0.5;
    // More stored figures and more figures to write than one message carries (PART_SIZE): they
    // cross in parts, all of them, in order; half of target 1's rows equal what is stored.
    const [one, two] = ['1', '2'].map((code) => stored.targets.find((x) => x.code === code)?.id ?? '');
    const observations: Observation[] = [];
    for (const targetId of [one, two])
      for (let n = 0; n < 2400; n++)
        observations.push({
          targetId: targetId ?? '',
          period: month(n),
          value: targetId === one && n < 1200 ? value(n) : n,
          status: 'official',
          revision: 1,
          recordedAt: '2024-01-01T00:00:00.000Z',
        });
    const storedMany = { ...stored, observations: [...stored.observations, ...observations] };
    const lines: string[] = [];
    for (const code of ['1', '2'])
      for (let n = 0; n < 2400; n++) lines.push(`${code};${month(n)};${n % 97},5;Chính thức`);
    lines.push('2;2024;trên 3.200;Ước');
    const input = csv(lines);
    const session = await startCheck(input);
    expect(session.parsed.threadId).not.toBe(threadId);
    const there = await session.check(storedMany);
    const here = await checkHere(input, storedMany);
    expect(there.issues).toEqual({ count: 0, list: [] });
    expect(there.change.unchanged).toBe(1200);
    expect(there.change.figures).toHaveLength(3601);
    expect(there.change).toEqual(here.change);
  });

  it('reports bad rows with the same Vietnamese messages naming row, column and reason', async () => {
    const input = csv(['1;2024;12,3,4;Chính thức', '99;2024;5;Chính thức', '1;2024-13;5;Chính thức']);
    const here = await checkHere(input, stored);
    const session = await startCheck(input);
    const there = await session.check(stored);
    expect(there.issues.list).toEqual(here.issues);
    expect(there.issues.count).toBe(3);
    const messages = there.issues.list.map((i) => i.message);
    expect(messages.some((m) => /^Sheet Số liệu \(CSV\), dòng 2, cột C \(Giá trị\): .*12,3,4/.test(m))).toBe(
      true,
    );
    expect(messages.some((m) => /dòng 3, cột A \(Mã chỉ tiêu\): không có chỉ tiêu mã '99'/.test(m))).toBe(
      true,
    );
    expect(messages.some((m) => m.startsWith('Sheet Số liệu (CSV), dòng 4, cột B (Kỳ)'))).toBe(true);
  });

  it('stops at a file it cannot read, before the stored resolution is needed', async () => {
    const session = await startCheck({
      unitCode: '381',
      bytes: Buffer.from('PK\u0003\u0004broken'),
      filename: 'x.xlsx',
    });
    expect(session.parsed.fatal?.list.map((i) => i.message)).toEqual([
      'Sheet (tệp): tệp không phải là tệp Excel .xlsx hợp lệ (không mở được)',
    ]);
  });

  it('is what importFile reads the file with', async () => {
    const before = importWorkerChecks();
    const result = await importFile(t.db, TEST_ACTOR, csv(['1;2031;7,5;Ước']));
    expect(result.figuresRecorded).toBe(1);
    expect(importWorkerChecks()).toBe(before + 1);
    const error = await importFile(t.db, TEST_ACTOR, csv(['1;2031;bảy;Ước'])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('import_invalid');
    expect((error as AppError).issues?.[0]?.message).toMatch(
      /^Sheet Số liệu \(CSV\), dòng 2, cột C \(Giá trị\)/,
    );
    expect(importWorkerChecks()).toBe(before + 2);
  });

  it('ends when the last server holding it closes, and starts again for the next import', async () => {
    const releaseA = holdImportWorker();
    const releaseB = holdImportWorker();
    await importWorkerReady();
    expect(importWorkerRunning()).toBe(true);
    await releaseA();
    expect(importWorkerRunning()).toBe(true);
    await releaseB();
    expect(importWorkerRunning()).toBe(false);
    const session = await startCheck(csv(['1;2032;1;Ước']));
    expect((await session.check(stored)).change.figures).toHaveLength(1);
  });
});
