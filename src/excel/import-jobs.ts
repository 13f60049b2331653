/**
 * Import jobs: an upload is answered at once with a job id, the import runs in the background
 * and reports its stage and progress (0-100), and the client polls the job. A job is a row of
 * `import_jobs` (the upload's bytes until it ends, stage, progress, errors, result), so any
 * server instance answers the poll, and its run is a row of the job queue (`imports`): the
 * instance that took the upload claims it and runs it at once; if that instance stops before the
 * end, the claim expires and another instance's worker runs the import again (all or nothing, so
 * nothing was half written). Progress is written outside the import's transaction, and never
 * awaited inside it: on the embedded database a write queued behind the transaction would wait
 * for it. Ended jobs are forgotten after a day.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import {
  deleteOldImportJobs,
  finishImportJob,
  insertImportJob,
  selectImportBytes,
  selectImportJob,
  updateImportProgress,
  type ImportJobRow,
} from '../db/import-job.repository';
import { claimJobById, completeJob, enqueue, whileClaimed } from '../jobs/queue';
import { AppError, type Actor, type Issue } from '../services/app-error';
import { importFile, type ImportResult } from './import.service';
import { holdImportWorker } from './import-worker-pool';

/** The queue of import runs. */
export const IMPORT_QUEUE = 'imports';

export type ImportJobState = 'running' | 'succeeded' | 'failed';

export interface ImportJob {
  id: string;
  unitCode: string;
  /** Who started it: only they may read it. */
  userId: string | null;
  filename?: string;
  state: ImportJobState;
  stage: 'parse' | 'validate' | 'write' | 'done';
  progress: number;
  /** Every problem of a failed import (empty otherwise). */
  errors: Issue[];
  /** The Vietnamese summary of a failure. */
  message?: string;
  /** The stable error code of a failure (import_invalid, revision_conflict…). */
  code?: string;
  result?: ImportResult;
  startedAt: string;
  finishedAt?: string;
}

/** What an import is asked to do besides the file. */
export interface ImportOptions {
  resolutionId?: string;
  locale?: 'vi' | 'en';
}

/** A claim on an import run expires after this long (then another instance may run it). */
const LOCK_MS = 10 * 60_000;
const KEEP_HOURS = 24;

/** The jobs as seen from one server instance (any instance reads any job). */
export class ImportJobs {
  private readonly running = new Map<string, Promise<void>>();
  private readonly releaseWorker = holdImportWorker();

  constructor(
    private readonly db: Database,
    private readonly workerId = `imports-${randomUUID()}`,
  ) {}

  /** Lets the import worker thread end (when the server closes) once its imports have ended. */
  close(): Promise<void> {
    return this.releaseWorker();
  }

  /** Stores the upload as a job, starts it in this instance and returns the job at once. */
  async start(
    owner: { unitCode: string; userId: string | null; filename?: string },
    actor: Actor,
    bytes: Uint8Array,
    options: ImportOptions = {},
  ): Promise<ImportJob> {
    const id = randomUUID();
    await deleteOldImportJobs(this.db, KEEP_HOURS);
    const queued = await this.db.transaction(async (tx) => {
      await insertImportJob(tx, { id, ...owner, actor, options, bytes });
      // Due later for the other workers: this instance claims it now; they take it only if this
      // instance stops before claiming it.
      return enqueue(
        tx,
        IMPORT_QUEUE,
        { importId: id },
        { singletonKey: `import:${id}`, maxAttempts: 3, runAt: new Date(Date.now() + 60_000) },
      );
    });
    const claimed = queued === null ? null : await claimJobById(this.db, queued, this.workerId, LOCK_MS);
    if (claimed) {
      const run = whileClaimed(this.db, claimed, this.workerId, LOCK_MS, () => runImportJob(this.db, id))
        .then(() => completeJob(this.db, claimed.id, this.workerId))
        // A run that broke off (the database gone) leaves its claim to expire: another worker
        // runs the import again.
        .catch(() => undefined)
        .finally(() => this.running.delete(id));
      this.running.set(id, run);
    }
    return (await this.get(id, owner.userId)) as ImportJob;
  }

  /** Resolves when the job has ended (for `?wait=true` and tests); one run by another
   * instance is polled. */
  async settle(id: string, userId: string | null): Promise<ImportJob | undefined> {
    await this.running.get(id);
    for (;;) {
      const job = await this.get(id, userId);
      if (!job || job.state !== 'running') return job;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** The job, if it exists and belongs to that user. */
  async get(id: string, userId: string | null): Promise<ImportJob | undefined> {
    const row = await selectImportJob(this.db, id);
    return row && row.userId === userId ? toImportJob(row) : undefined;
  }
}

function toImportJob(row: ImportJobRow): ImportJob {
  const { actor: _actor, options: _options, errors, result, ...rest } = row;
  return {
    ...rest,
    errors: errors as Issue[],
    ...(result ? { result: result as unknown as ImportResult } : {}),
  };
}

/**
 * Runs the import of a stored job (the job queue's handler too) and records how it ended; an
 * import that fails is a failed job, not an error of the run. A job that has already ended is
 * left as it is.
 */
export async function runImportJob(db: Database, id: string): Promise<void> {
  const job = await selectImportJob(db, id);
  const bytes = await selectImportBytes(db, id);
  if (!job || !bytes) return;
  const options = job.options as ImportOptions;
  const progress = progressWriter(db, id);
  let end: Parameters<typeof finishImportJob>[2];
  try {
    const result = await importFile(
      db,
      job.actor as unknown as Actor,
      {
        unitCode: job.unitCode,
        bytes,
        importId: id,
        ...(job.filename ? { filename: job.filename } : {}),
        ...(options.resolutionId ? { resolutionId: options.resolutionId } : {}),
        ...(options.locale ? { csv: { locale: options.locale } } : {}),
      },
      progress.report,
    );
    end = { state: 'succeeded', result };
  } catch (error) {
    const appError = error instanceof AppError ? error : undefined;
    end = {
      state: 'failed',
      errors: appError?.issues ?? [],
      code: appError?.code ?? 'internal',
      message:
        appError && appError.code !== 'internal'
          ? appError.message
          : 'Lỗi máy chủ khi nhập tệp; không có dữ liệu nào được ghi.',
    };
  }
  await progress.flushed();
  await finishImportJob(db, id, end);
}

/** Writes the newest progress, one write at a time, without making the import wait for it. */
function progressWriter(
  db: Database,
  id: string,
): { report: (stage: ImportJob['stage'], percent: number) => void; flushed: () => Promise<void> } {
  let latest: [ImportJob['stage'], number] | undefined;
  let writing: Promise<void> | undefined;
  const flush = (): void => {
    if (writing || !latest) return;
    const [stage, percent] = latest;
    latest = undefined;
    writing = updateImportProgress(db, id, stage, percent)
      .catch(() => undefined)
      .finally(() => {
        writing = undefined;
        flush();
      });
  };
  return {
    report: (stage, percent) => {
      latest = [stage, Math.max(0, Math.min(100, Math.round(percent)))];
      flush();
    },
    flushed: async () => {
      while (writing) await writing;
    },
  };
}
